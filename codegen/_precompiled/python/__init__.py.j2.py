# Compiled from the template __init__.py.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "bec70ab866342dc531ec19e2185f708ae435e8e3c8f0e68cdb4e04019e1c63f3 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
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
    l_0_runtime_names = resolve('runtime_names')
    l_0_lazy_data_names = resolve('lazy_data_names')
    l_0_public_names = resolve('public_names')
    try:
        t_1 = environment.filters['bracketed_strings']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bracketed_strings' found.")
    try:
        t_2 = environment.filters['enum_class_name']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'enum_class_name' found.")
    try:
        t_3 = environment.filters['from_import']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'from_import' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['python_string']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'python_string' found.")
    pass
    template = environment.get_template('_banner.j2', '__init__.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '"""KuCoin REST API error codes: one IntEnum per domain, with catalogue metadata.\n\nDomains: '
    yield str(t_4(context.eval_ctx, t_5(context, t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), attribute='domain'), 'enum_class_name'), ', '))
    yield '.\n``lookup(domain, code)`` finds a code (``200004`` or ``"200004"``), None when unknown; every member\nhas ``.info``: its message variants, category, retry advice and expected HTTP status.\n``parse_response`` turns a raw response into a classified error; ``parse_http_response``, ``from_kucoin_exception``\nand ``from_ccxt_error`` read HTTP clients\' responses and exchange libraries\' exceptions. Standard library only.\n"""\n\nfrom __future__ import annotations\n\n'
    yield str(t_3((undefined(name='data_names') if l_0_data_names is missing else l_0_data_names), '._data'))
    yield '\nfrom ._definitions import CATALOG_HASH, CATEGORIES, RETRY_ACTIONS\nfrom ._glue import error_for, from_ccxt_error, from_kucoin_exception, parse_http_response, raise_for_http_response\nfrom ._model import (\n    TYPE_NAMES,\n    ErrorInfo,\n    KucoinAPIError,\n    KucoinErrorInfo,\n    MessageVariant,\n    Placeholder,\n    RemovedCode,\n    RetryAdvice,\n    UnnumberedError,\n    first_access_getattr,\n)\n'
    yield str(t_3((undefined(name='runtime_names') if l_0_runtime_names is missing else l_0_runtime_names), '._runtime'))
    yield '\nfrom ._runtime import lookup as _lookup\n\nTYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing: it costs more than the package\nif TYPE_CHECKING:\n    from typing import Literal, overload\n\n'
    yield str(t_3((undefined(name='lazy_data_names') if l_0_lazy_data_names is missing else l_0_lazy_data_names), '._data', 4))
    yield '\n    from ._enums import KucoinErrorCode\n    from ._types import Category, Domain, HeadersInput, MarginScope, MatchQuality, PlaceholderKind, RetryAction, SupportsHeaderItems\n\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '    @overload\n    def lookup(domain: Literal['
        yield str(t_6(environment.getattr(l_1_domain, 'domain')))
        yield '], code: int | str) -> '
        yield str(t_2(environment.getattr(l_1_domain, 'domain')))
        yield ' | None: ...\n'
    l_1_domain = missing
    yield '    @overload\n    def lookup(domain: str, code: int | str) -> KucoinErrorCode | None: ...\n    def lookup(domain: str, code: int | str) -> KucoinErrorCode | None:\n        """The member for ``code`` (``200004`` or ``"200004"``) in ``domain``, or None when unknown; typed per domain."""\n        return _lookup(domain, code)\n\nelse:\n    lookup = _lookup\n\n'
    yield str(t_1((undefined(name='public_names') if l_0_public_names is missing else l_0_public_names), '__all__ = '))
    yield '\n__getattr__ = first_access_getattr(__name__, ENUM_CLASSES, TYPE_NAMES)\n'

blocks = {}
debug_info = '1=52&4=59&13=61&17=63&24=65&28=67&30=71&41=77'
