# Compiled from the template _definitions.py.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "5d3de1f84e89e7e6f8d07e13f2c8c265a7d5c046168fb8c19374913d250f7532 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_definitions.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content_hash = resolve('content_hash')
    l_0_taxonomy = resolve('taxonomy')
    l_0_wire_constants = resolve('wire_constants')
    try:
        t_1 = environment.filters['python_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'python_string' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    template = environment.get_template('_banner.j2', '_definitions.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '"""The taxonomy of the KuCoin error catalogue, and the wire constants every binding of it shares."""\n\nfrom __future__ import annotations\n\nfrom types import MappingProxyType\n\nTYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing: it costs more than the package\nif TYPE_CHECKING:\n    from collections.abc import Mapping\n    from typing import Final\n\n    from ._types import Category, PlaceholderKind, RetryAction\n\n#: sha256 of the catalogue these bindings were generated from.\nCATALOG_HASH: Final = '
    yield str(t_1((undefined(name='content_hash') if l_0_content_hash is missing else l_0_content_hash)))
    yield '\n\n'
    for (l_1_constant, l_1_terms, l_1_doc) in (('CATEGORIES', environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'), 'Every category with its definition.'), ('RETRY_ACTIONS', environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'), 'Every retry action with its definition.')):
        _loop_vars = {}
        pass
        yield '\n#: '
        yield str(l_1_doc)
        yield '\n'
        yield str(l_1_constant)
        yield ': Final[Mapping['
        yield str(('Category' if (l_1_constant == 'CATEGORIES') else 'RetryAction'))
        yield ', str]] = MappingProxyType(\n    {\n'
        for l_2_term in l_1_terms:
            _loop_vars = {}
            pass
            yield '        '
            yield str(t_1(environment.getattr(l_2_term, 'name')))
            yield ': '
            yield str(t_1(environment.getattr(l_2_term, 'description')))
            yield ',\n'
        l_2_term = missing
        yield '    }\n)\n'
    l_1_constant = l_1_terms = l_1_doc = missing
    yield '\n#: Milliseconds to wait before a retry when neither the headers nor the catalogue say, by category.\nDEFAULT_RETRY_DELAY_MS: Final[Mapping[Category, int]] = MappingProxyType(\n    {\n'
    def t_3(fiter):
        for l_1_term in fiter:
            if (not t_2(environment.getattr(l_1_term, 'retry_delay_ms'))):
                yield l_1_term
    for l_1_term in t_3(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories')):
        _loop_vars = {}
        pass
        yield '        '
        yield str(t_1(environment.getattr(l_1_term, 'name')))
        yield ': '
        yield str(environment.getattr(l_1_term, 'retry_delay_ms'))
        yield ',\n'
    l_1_term = missing
    yield '    }\n)\n\n# Wire constants (codegen/wire.py).\n'
    for (l_1_name, l_1_annotation, l_1_value) in (undefined(name='wire_constants') if l_0_wire_constants is missing else l_0_wire_constants):
        _loop_vars = {}
        pass
        yield str(l_1_name)
        yield ': Final'
        yield str((str_join(('[', l_1_annotation, ']', )) if l_1_annotation else cond_expr_undefined("the inline if-expression on line 41 in '_definitions.py.j2' evaluated to false and no else section was defined.")))
        yield ' = '
        yield str(l_1_value)
        yield '\n'
    l_1_name = l_1_annotation = l_1_value = missing

blocks = {}
debug_info = '1=26&16=33&18=35&20=39&21=41&23=45&24=49&33=57&34=65&40=71&41=74'
