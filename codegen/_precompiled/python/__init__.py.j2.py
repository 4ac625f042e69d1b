# Compiled from the template __init__.py.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "dfa8944a758f753dfa3733415b952837054e7a3be06c3f1c3484bcf8238002c8 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '__init__.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_catalog = resolve('catalog')
    l_0_data_names = resolve('data_names')
    l_0_public_names = resolve('public_names')
    try:
        t_1 = environment.filters['enum_class_name']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'enum_class_name' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['python_string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'python_string' found.")
    pass
    template = environment.get_template('_banner.j2', '__init__.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '"""KuCoin REST API error codes: one IntEnum per domain, with catalogue metadata.\n\nDomains: '
    yield str(t_2(context.eval_ctx, t_3(context, t_3(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), attribute='domain'), 'enum_class_name'), ', '))
    yield '.\n``lookup(domain, code)`` finds a code (``200004`` or ``"200004"``), None when unknown; every member\nhas ``.info``: its message variants, category, retry advice and expected HTTP status.\n``parse_response`` turns a raw response into a classified error; ``parse_http_response``, ``from_kucoin_exception``\nand ``from_ccxt_error`` read HTTP clients\' responses and exchange libraries\' exceptions. Standard library only.\n"""\n\nfrom __future__ import annotations\n\nfrom typing import Final, Literal, Protocol, cast, overload\n\nfrom ._data import (\n'
    for l_1_name in (undefined(name='data_names') if l_0_data_names is missing else l_0_data_names):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\nfrom ._definitions import CATALOG_HASH, CATEGORIES, RETRY_ACTIONS, Category, Domain, MarginScope, PlaceholderKind, RetryAction\nfrom ._glue import error_for, from_ccxt_error, from_kucoin_exception, parse_http_response, raise_for_http_response\nfrom ._model import ErrorInfo, KucoinAPIError, KucoinErrorCode, KucoinErrorInfo, MatchQuality, MessageVariant, Placeholder, RemovedCode, RetryAdvice\nfrom ._runtime import (\n'
    for l_1_name in ('DOMAINS', 'HeadersInput', 'SupportsHeaderItems', 'batch_failures', 'classify', 'is_success', 'parse_response', 'parse_ws_message', 'raise_for_response', 'removed', 'retry_after'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\nfrom ._runtime import lookup as _lookup\n\n__all__ = [\n'
    for l_1_name in (undefined(name='public_names') if l_0_public_names is missing else l_0_public_names):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_4(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n\nclass _Lookup(Protocol):\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '    @overload\n    def __call__(self, domain: Literal['
        yield str(t_4(environment.getattr(l_1_domain, 'domain')))
        yield '], code: int | str) -> '
        yield str(t_1(environment.getattr(l_1_domain, 'domain')))
        yield ' | None: ...\n'
    l_1_domain = missing
    yield '    @overload\n    def __call__(self, domain: str, code: int | str) -> KucoinErrorCode | None: ...\n\n\n#: The member for ``code`` (``200004`` or ``"200004"``) in ``domain``, or None when unknown; typed per domain.\nlookup: Final = cast(_Lookup, _lookup)\n'

blocks = {}
debug_info = '1=38&4=45&16=47&17=51&24=55&25=59&31=63&32=67&38=71&40=75'
