# Compiled from the template _data.py.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "a12e42978cd5600d8f06da0e7d16b0999e8e0c318f24f30999881f7bcd9d0eb4 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_data.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_catalog = resolve('catalog')
    l_0_taxonomy = resolve('taxonomy')
    l_0_fallbacks = missing
    try:
        t_1 = environment.filters['entry_patterns']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'entry_patterns' found.")
    try:
        t_2 = environment.filters['enum_class_name']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'enum_class_name' found.")
    try:
        t_3 = environment.filters['exception_class_name']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'exception_class_name' found.")
    try:
        t_4 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.filters['line_comment']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'line_comment' found.")
    try:
        t_8 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_9 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_10 = environment.filters['pair_expression']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'pair_expression' found.")
    try:
        t_11 = environment.filters['python_docstring']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'python_docstring' found.")
    try:
        t_12 = environment.filters['python_entry_literal']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'python_entry_literal' found.")
    try:
        t_13 = environment.filters['python_pattern_pairs']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'python_pattern_pairs' found.")
    try:
        t_14 = environment.filters['python_string']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'python_string' found.")
    try:
        t_15 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_16 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_17 = environment.filters['tuple_field']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'tuple_field' found.")
    try:
        t_18 = environment.filters['unnumbered_table']
    except KeyError:
        @internalcode
        def t_18(*unused):
            raise TemplateRuntimeError("No filter named 'unnumbered_table' found.")
    try:
        t_19 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_19(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    template = environment.get_template('_banner.j2', '_data.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'fallbacks': l_0_fallbacks}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '"""The catalogue\'s data: one IntEnum per domain (declared here, created on first use by ``_enums``), every code\'s entry, templates, exceptions."""\n\nfrom __future__ import annotations\n\nfrom types import MappingProxyType\n\nfrom ._model import ENTRY_BUILDERS, ErrorInfo, KucoinAPIError, MessageVariant, Placeholder, RemovedCode, RetryAdvice, UnnumberedError, first_access_getattr\n\nTYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing: it costs more than the package\nif TYPE_CHECKING:\n    from collections.abc import Mapping\n    from typing import Final\n\n    from ._enums import KucoinErrorCode\n    from ._types import Category, Domain\n\n#: Codes that mean success, per domain ("200000"; "200" on some newer margin endpoints).\nSUCCESS_CODES: Final[Mapping[Domain, tuple[int, ...]]] = MappingProxyType(\n    {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(t_14(environment.getattr(l_1_domain, 'domain')))
        yield ': ('
        yield str(t_5(context.eval_ctx, environment.getattr(l_1_domain, 'success_codes'), ', '))
        yield str((',' if (t_6(environment.getattr(l_1_domain, 'success_codes')) == 1) else cond_expr_undefined("the inline if-expression on line 24 in '_data.py.j2' evaluated to false and no else section was defined.")))
        yield '),\n'
    l_1_domain = missing
    yield "    }\n)\n\n#: Each domain's enum, created on first use with a member for each of its entries: its class name and description.\nENUM_CLASSES: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(\n    {\n"
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(t_14(environment.getattr(l_1_domain, 'domain')))
        yield ': '
        yield str(t_4(t_10(t_14(t_2(environment.getattr(l_1_domain, 'domain'))), t_14(environment.getattr(l_1_domain, 'description')), (10 + t_6(t_14(environment.getattr(l_1_domain, 'domain'))))), 8))
        yield ',\n'
    l_1_domain = missing
    yield '    }\n)\n\nif TYPE_CHECKING:\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '\n    class '
        yield str(t_2(environment.getattr(l_1_domain, 'domain')))
        yield '(KucoinErrorCode):\n        '
        yield str(t_11(environment.getattr(l_1_domain, 'description')))
        yield '\n\n'
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            for l_3_variant in environment.getattr(l_2_entry, 'variants'):
                _loop_vars = {}
                pass
                yield '        #: '
                yield str(t_7(environment.getattr(l_3_variant, 'documented_text')))
                yield '\n'
            l_3_variant = missing
            if (not t_19(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '        #: .. deprecated:: '
                yield str(t_7(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield '\n'
            yield '        '
            yield str(environment.getattr(l_2_entry, 'name'))
            yield ' = '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield '\n'
        l_2_entry = missing
    l_1_domain = missing
    yield "\n    #: The enum of each domain.\n    ERROR_CODES: Mapping[Domain, type[KucoinErrorCode]]\n\n\n__getattr__ = first_access_getattr(__name__, ENUM_CLASSES)\n\n\n#: The layer each domain's responses come through (the gateway), read for what the domain does not define.\n"
    l_0_fallbacks = t_8(context.eval_ctx, t_16(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), 'fallback'))
    context.vars['fallbacks'] = l_0_fallbacks
    context.exported_vars.add('fallbacks')
    if (undefined(name='fallbacks') if l_0_fallbacks is missing else l_0_fallbacks):
        pass
        yield 'FALLBACKS: Final[Mapping[str, str]] = MappingProxyType(\n    {\n'
        for l_1_domain in (undefined(name='fallbacks') if l_0_fallbacks is missing else l_0_fallbacks):
            _loop_vars = {}
            pass
            yield '        '
            yield str(t_14(environment.getattr(l_1_domain, 'domain')))
            yield ': '
            yield str(t_14(environment.getattr(l_1_domain, 'fallback')))
            yield ',\n'
        l_1_domain = missing
        yield '    }\n)\n'
    else:
        pass
        yield 'FALLBACKS: Final[Mapping[str, str]] = MappingProxyType({})\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        _loop_vars = {}
        pass
        yield '\n\ndef _entries_'
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '() -> dict[int, ErrorInfo]:\n    """The entries of '
        yield str(t_2(environment.getattr(l_1_domain, 'domain')))
        yield '."""\n    return {\n'
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            yield str(t_12(l_2_entry, environment.getattr(l_1_domain, 'domain')))
            yield '\n'
        l_2_entry = missing
        yield '    }\n'
    l_1_loop = l_1_domain = missing
    yield "\n\n#: Each domain's entries, built when one of its codes' ``info`` is first read, or its first response classified.\n"
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        _loop_vars = {}
        pass
        yield 'ENTRY_BUILDERS['
        yield str(t_14(environment.getattr(l_1_domain, 'domain')))
        yield '] = _entries_'
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '\n'
    l_1_loop = l_1_domain = missing
    yield '\n#: The codes removed from each domain: gone from its enum, known to ``removed()``.\nREMOVED: Final[Mapping[Domain, Mapping[int, RemovedCode]]] = MappingProxyType(\n    {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_domain, 'removed'):
            pass
            yield '        '
            yield str(t_14(environment.getattr(l_1_domain, 'domain')))
            yield ': MappingProxyType(\n            {\n'
            for l_2_dead in environment.getattr(l_1_domain, 'removed'):
                _loop_vars = {}
                pass
                yield '                '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ': RemovedCode(\n                    '
                yield str(t_14(environment.getattr(l_1_domain, 'domain')))
                yield ',\n                    '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ',\n                    '
                yield str(t_14(environment.getattr(l_2_dead, 'name')))
                yield ',\n'
                if (not t_19(environment.getattr(l_2_dead, 'reason'))):
                    pass
                    yield '                    reason='
                    yield str(t_14(environment.getattr(l_2_dead, 'reason')))
                    yield ',\n'
                if (not t_19(environment.getattr(l_2_dead, 'replaced_by'))):
                    pass
                    yield '                    replaced_by='
                    yield str(t_14(environment.getattr(l_2_dead, 'replaced_by')))
                    yield ',\n'
                yield '                ),\n'
            l_2_dead = missing
            yield '            }\n        ),\n'
        else:
            pass
            yield '        '
            yield str(t_14(environment.getattr(l_1_domain, 'domain')))
            yield ': MappingProxyType({}),\n'
    l_1_domain = missing
    yield '    }\n)\n\n'
    for l_1_field in ('string_codes', 'failures_under_success'):
        _loop_vars = {}
        pass
        yield str(t_18(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), l_1_field))
        yield '\n\n'
    l_1_field = missing
    yield '#: Per domain and code, the variants that carry placeholders and the expression their filled-in text matches.\nTEMPLATE_PATTERNS: Final[Mapping[str, Mapping[int, tuple[tuple[int, str], ...]]]] = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        if t_8(context.eval_ctx, t_15(context, t_9(context, environment.getattr(l_1_domain, 'errors'), 'entry_patterns'))):
            pass
            yield '    '
            yield str(t_14(environment.getattr(l_1_domain, 'domain')))
            yield ': {\n'
            def t_20(fiter):
                for l_2_entry in fiter:
                    if t_1(l_2_entry):
                        yield l_2_entry
            for l_2_entry in t_20(environment.getattr(l_1_domain, 'errors')):
                _loop_vars = {}
                pass
                yield str(t_17(str_join((environment.getattr(l_2_entry, 'code'), ': ', )), t_13(t_1(l_2_entry)), 8))
                yield '\n'
            l_2_entry = missing
            yield '    },\n'
        else:
            pass
            yield '    '
            yield str(t_14(environment.getattr(l_1_domain, 'domain')))
            yield ': {},\n'
    l_1_domain = missing
    yield '}\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(t_3(environment.getattr(l_1_term, 'name')))
        yield '(KucoinAPIError):\n    '
        yield str(t_11(environment.getattr(l_1_term, 'description')))
        yield '\n'
    l_1_term = missing
    yield '\n\n#: The exception raised for each category; unknown errors raise KucoinAPIError itself.\nERROR_CLASSES: Final[Mapping[Category, type[KucoinAPIError]]] = MappingProxyType(\n    {\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(t_14(environment.getattr(l_1_term, 'name')))
        yield ': '
        yield str(t_3(environment.getattr(l_1_term, 'name')))
        yield ',\n'
    l_1_term = missing
    yield '    }\n)\n'

blocks = {}
debug_info = '2=128&23=135&24=139&32=146&33=150&39=156&41=160&42=162&44=164&45=167&46=171&48=174&49=177&51=180&63=187&64=190&67=193&68=197&75=207&78=211&79=213&81=215&82=218&89=225&90=229&96=235&97=238&98=241&100=243&101=247&102=249&103=251&104=253&105=255&106=258&108=260&109=263&116=271&122=275&123=278&128=282&129=285&130=288&131=290&132=297&136=304&140=308&143=312&144=314&151=318&152=322'
