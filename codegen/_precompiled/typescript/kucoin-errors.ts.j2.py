# Compiled from the template kucoin-errors.ts.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "82fcd1731127adf59f4be14a2c2aee522620cedd40033b7d7f1e364c890b2fab jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'kucoin-errors.ts.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_content_hash = resolve('content_hash')
    l_0_catalog = resolve('catalog')
    l_0_taxonomy = resolve('taxonomy')
    l_0_placeholder_kinds = resolve('placeholder_kinds')
    l_0_wire_constants = resolve('wire_constants')
    l_0_runtime_source = resolve('runtime_source')
    l_0_retry_advice = missing
    try:
        t_1 = environment.filters['constant_name']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'constant_name' found.")
    try:
        t_2 = environment.filters['entry_patterns']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'entry_patterns' found.")
    try:
        t_3 = environment.filters['enum_class_name']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'enum_class_name' found.")
    try:
        t_4 = environment.filters['jsdoc']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'jsdoc' found.")
    try:
        t_5 = environment.filters['line_comment']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'line_comment' found.")
    try:
        t_6 = environment.filters['pascal_case']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'pascal_case' found.")
    try:
        t_7 = environment.filters['typescript_string']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'typescript_string' found.")
    try:
        t_8 = environment.filters['without_source_only']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'without_source_only' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_advice):
        t_10 = []
        if l_1_advice is missing:
            l_1_advice = undefined("parameter 'advice' was not provided", name='advice')
        pass
        t_10.extend((
            '{ action: ',
            str(t_7(environment.getattr(l_1_advice, 'action'))),
        ))
        if (not t_9(environment.getattr(l_1_advice, 'after_ms'))):
            pass
            t_10.extend((
                ', afterMs: ',
                str(environment.getattr(l_1_advice, 'after_ms')),
            ))
        if (not t_9(environment.getattr(l_1_advice, 'after_header'))):
            pass
            t_10.extend((
                ', afterHeader: ',
                str(t_7(environment.getattr(l_1_advice, 'after_header'))),
            ))
        if (not t_9(environment.getattr(l_1_advice, 'max_attempts'))):
            pass
            t_10.extend((
                ', maxAttempts: ',
                str(environment.getattr(l_1_advice, 'max_attempts')),
                ', then: ',
                str(t_7(environment.getattr(l_1_advice, 'then'))),
            ))
        t_10.append(
            ' }',
        )
        return concat(t_10)
    context.exported_vars.add('retry_advice')
    context.vars['retry_advice'] = l_0_retry_advice = Macro(environment, macro, 'retry_advice', ('advice',), False, False, False, context.eval_ctx.autoescape)
    for l_1_line in (undefined(name='header') if l_0_header is missing else l_0_header):
        _loop_vars = {}
        pass
        yield '// '
        yield str(t_5(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '//\n// KuCoin REST API error codes: per domain, a union of code literals, the\n// catalogue entry of every code, type guards and lookup. No dependencies.\n\n/** sha256 of the catalogue this module was generated from. */\nexport const CATALOG_HASH = '
    yield str(t_7((undefined(name='content_hash') if l_0_content_hash is missing else l_0_content_hash)))
    yield ';\n\n/** The parts of the KuCoin API whose tables a code comes from. */\nexport type Domain =\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_7(environment.getattr(l_1_domain, 'domain')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 20 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_domain = missing
    yield '\n/** What kind of failure a code is; CATEGORIES defines each. */\nexport type Category =\n'
    l_1_loop = missing
    for l_1_term, l_1_loop in LoopContext(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_7(environment.getattr(l_1_term, 'name')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 26 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_term = missing
    yield '\n/** What a client should do next; RETRY_ACTIONS defines each. */\nexport type RetryAction =\n'
    l_1_loop = missing
    for l_1_term, l_1_loop in LoopContext(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_7(environment.getattr(l_1_term, 'name')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 32 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_term = missing
    yield '\n/** Which margin tables a margin code belongs to. */\nexport type MarginScope =\n'
    l_1_loop = missing
    for l_1_term, l_1_loop in LoopContext(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'scopes'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_7(environment.getattr(l_1_term, 'name')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 38 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_term = missing
    yield '\n/** Every category with its definition. */\nexport const CATEGORIES = {\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_term, 'name'))
        yield ': '
        yield str(t_7(environment.getattr(l_1_term, 'description')))
        yield ',\n'
    l_1_term = missing
    yield '} as const satisfies Readonly<Record<Category, string>>;\n\n/** Every retry action with its definition. */\nexport const RETRY_ACTIONS = {\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_term, 'name'))
        yield ': '
        yield str(t_7(environment.getattr(l_1_term, 'description')))
        yield ',\n'
    l_1_term = missing
    yield '} as const satisfies Readonly<Record<RetryAction, string>>;\n\n/** What each domain covers. */\nexport const DOMAIN_DESCRIPTIONS = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_7(environment.getattr(l_1_domain, 'description')))
        yield ',\n'
    l_1_domain = missing
    yield '} as const satisfies Readonly<Record<Domain, string>>;\n\n/** Codes that mean success, per domain ("200000"; "200" on some newer margin endpoints). */\nexport const SUCCESS_CODES = {\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': ['
        l_2_loop = missing
        for l_2_code, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'success_codes'), undefined):
            _loop_vars = {}
            pass
            yield str(l_2_code)
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 65 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        l_2_loop = l_2_code = missing
        yield '],\n'
    l_1_loop = l_1_domain = missing
    yield "} as const satisfies Readonly<Record<Domain, readonly number[]>>;\n\n/** The shape of a placeholder's value. */\nexport type PlaceholderKind = "
    l_1_loop = missing
    for l_1_kind, l_1_loop in LoopContext((undefined(name='placeholder_kinds') if l_0_placeholder_kinds is missing else l_0_placeholder_kinds), undefined):
        _loop_vars = {}
        pass
        yield str(t_7(l_1_kind))
        yield str((' | ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 70 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_kind = missing
    yield ';\n\n/** Milliseconds to wait before a retry when neither the headers nor the catalogue say, by category. */\nexport const DEFAULT_RETRY_MS = {\n'
    def t_11(fiter):
        for l_1_term in fiter:
            if (not t_9(environment.getattr(l_1_term, 'retry_delay_ms'))):
                yield l_1_term
    for l_1_term in t_11(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories')):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_term, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_term, 'retry_delay_ms'))
        yield ',\n'
    l_1_term = missing
    yield "} as const satisfies Readonly<Partial<Record<Category, number>>>;\n\n/** Constants of KuCoin's wire format and of how the bindings read it, the same in every binding. */\nexport const WIRE = {\n"
    for (l_1_name, l_1_value) in (undefined(name='wire_constants') if l_0_wire_constants is missing else l_0_wire_constants):
        _loop_vars = {}
        pass
        yield '  '
        yield str(l_1_name)
        yield ': '
        yield str(l_1_value)
        yield ',\n'
    l_1_name = l_1_value = missing
    yield '} as const;\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        l_1_type = l_1_table = l_1_pascal = missing
        _loop_vars = {}
        pass
        l_1_type = t_3(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['type'] = l_1_type
        l_1_table = t_1(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['table'] = l_1_table
        l_1_pascal = t_6(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['pascal'] = l_1_pascal
        yield '\n// '
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield '\n\n/** '
        yield str(t_4(environment.getattr(l_1_domain, 'description')))
        yield ' */\nexport type '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield ' =\n'
        l_2_loop = missing
        for l_2_entry, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'errors'), undefined):
            _loop_vars = {}
            pass
            yield '  | '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield str((';' if environment.getattr(l_2_loop, 'last') else cond_expr_undefined("the inline if-expression on line 95 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
            yield '\n'
        l_2_loop = l_2_entry = missing
        yield '\n/** An error code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain as it travels in JSON ("'
        yield str(environment.getattr(environment.getitem(environment.getattr(l_1_domain, 'errors'), 0), 'code'))
        yield '"). */\nexport type '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield 'String = `${'
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield '}`;\n\n/** The error codes of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain, by name. */\nexport const '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield ' = {\n'
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            if (not t_9(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '  /** @deprecated '
                yield str(t_4(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield ' */\n'
            yield '  '
            yield str(environment.getattr(l_2_entry, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ',\n'
        l_2_entry = missing
        yield '} as const satisfies Readonly<Record<string, '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield '>>;\n\n/** The catalogue entry of every error code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain. */\nexport const '
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ' = {\n'
        l_2_loop = missing
        for l_2_entry, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'errors'), undefined):
            _loop_vars = {}
            pass
            for l_3_variant in environment.getattr(l_2_entry, 'variants'):
                _loop_vars = {}
                pass
                yield '  /** '
                yield str(t_4(environment.getattr(l_3_variant, 'documented_text')))
                yield ' */\n'
            l_3_variant = missing
            if (not t_9(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '  /** @deprecated '
                yield str(t_4(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield ' */\n'
            yield '  '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ': {\n    domain: '
            yield str(t_7(environment.getattr(l_1_domain, 'domain')))
            yield ',\n    code: '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ',\n    name: '
            yield str(t_7(environment.getattr(l_2_entry, 'name')))
            yield ',\n'
            if (not t_9(environment.getattr(l_2_entry, 'scope'))):
                pass
                yield '    scope: '
                yield str(t_7(environment.getattr(l_2_entry, 'scope')))
                yield ',\n'
            yield '    category: '
            yield str(t_7(environment.getattr(l_2_entry, 'category')))
            yield ',\n    retry: '
            yield str(context.call((undefined(name='retry_advice') if l_0_retry_advice is missing else l_0_retry_advice), environment.getattr(l_2_entry, 'retry'), _loop_vars=_loop_vars))
            yield ',\n'
            if (not t_9(environment.getattr(l_2_entry, 'http_status'))):
                pass
                yield '    httpStatus: '
                yield str(environment.getattr(l_2_entry, 'http_status'))
                yield ',\n'
            if (not t_9(environment.getattr(l_2_entry, 'note'))):
                pass
                yield '    note: '
                yield str(t_7(environment.getattr(l_2_entry, 'note')))
                yield ',\n'
            if (not t_9(environment.getattr(l_2_entry, 'review'))):
                pass
                yield '    review: '
                yield str(t_7(environment.getattr(l_2_entry, 'review')))
                yield ',\n'
            if (not t_9(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '    deprecated: '
                yield str(t_7(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'reason')))
                yield ',\n'
                if (not t_9(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'replaced_by'))):
                    pass
                    yield '    replacedBy: '
                    yield str(t_7(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'replaced_by')))
                    yield ',\n'
            yield '    variants: [\n'
            l_3_loop = missing
            for l_3_variant, l_3_loop in LoopContext(environment.getattr(l_2_entry, 'variants'), undefined):
                _loop_vars = {}
                pass
                yield '      {\n        id: '
                yield str(t_7(environment.getattr(l_3_variant, 'id')))
                yield ',\n'
                if (not t_9(environment.getattr(l_3_variant, 'key'))):
                    pass
                    yield '        key: '
                    yield str(t_7(environment.getattr(l_3_variant, 'key')))
                    yield ',\n'
                yield '        message: '
                yield str(t_7(environment.getattr(l_3_variant, 'message')))
                yield ',\n'
                if (not t_9(environment.getattr(l_3_variant, 'detail'))):
                    pass
                    yield '        detail: '
                    yield str(t_7(environment.getattr(l_3_variant, 'detail')))
                    yield ',\n'
                if (not t_9(environment.getattr(l_3_variant, 'detail_separator'))):
                    pass
                    yield '        detailSeparator: '
                    yield str(t_7(environment.getattr(l_3_variant, 'detail_separator')))
                    yield ',\n'
                if environment.getattr(l_3_variant, 'aliases'):
                    pass
                    yield '        aliases: ['
                    l_4_loop = missing
                    for l_4_alias, l_4_loop in LoopContext(environment.getattr(l_3_variant, 'aliases'), undefined):
                        _loop_vars = {}
                        pass
                        yield str(t_7(l_4_alias))
                        yield str((', ' if (not environment.getattr(l_4_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 159 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
                    l_4_loop = l_4_alias = missing
                    yield '],\n'
                if (not t_9(environment.getattr(l_3_variant, 'table'))):
                    pass
                    yield '        table: '
                    yield str(t_7(environment.getattr(l_3_variant, 'table')))
                    yield ',\n'
                yield '        placeholders: ['
                l_4_loop = missing
                for l_4_placeholder, l_4_loop in LoopContext(environment.getattr(l_3_variant, 'placeholders'), undefined):
                    _loop_vars = {}
                    pass
                    yield '{ token: '
                    yield str(t_7(environment.getattr(l_4_placeholder, 'token')))
                    yield ', name: '
                    yield str(t_7(environment.getattr(l_4_placeholder, 'name')))
                    if (not t_9(environment.getattr(l_4_placeholder, 'kind'))):
                        pass
                        yield ', kind: '
                        yield str(t_7(environment.getattr(l_4_placeholder, 'kind')))
                    yield ' }'
                    yield str((', ' if (not environment.getattr(l_4_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 164 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
                l_4_loop = l_4_placeholder = missing
                yield '],\n'
                if (not t_9(environment.getattr(l_3_variant, 'category'))):
                    pass
                    yield '        category: '
                    yield str(t_7(environment.getattr(l_3_variant, 'category')))
                    yield ',\n'
                if (not t_9(environment.getattr(l_3_variant, 'retry'))):
                    pass
                    yield '        retry: '
                    yield str(context.call((undefined(name='retry_advice') if l_0_retry_advice is missing else l_0_retry_advice), environment.getattr(l_3_variant, 'retry'), _loop_vars=_loop_vars))
                    yield ',\n'
                if (not t_9(environment.getattr(l_3_variant, 'note'))):
                    pass
                    yield '        note: '
                    yield str(t_7(environment.getattr(l_3_variant, 'note')))
                    yield ',\n'
                if (not t_9(environment.getattr(l_3_variant, 'review'))):
                    pass
                    yield '        review: '
                    yield str(t_7(environment.getattr(l_3_variant, 'review')))
                    yield ',\n'
                if (not t_9(environment.getattr(l_3_variant, 'undocumented'))):
                    pass
                    yield '        undocumented: '
                    yield str(t_7(environment.getattr(l_3_variant, 'undocumented')))
                    yield ',\n'
                yield '      },\n'
            l_3_loop = l_3_variant = missing
            yield '    ],\n  },\n'
        l_2_loop = l_2_entry = missing
        yield '} as const satisfies { readonly [C in '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield ']: ErrorInfo<'
        yield str(t_7(environment.getattr(l_1_domain, 'domain')))
        yield ', C> };\n\n/** The catalogue entry of an error code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain, narrowed by its code. */\nexport type '
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield 'ErrorInfo = (typeof '
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ')['
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield '];\n\n/** True when `value` is an error code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain, as a number. */\nexport function is'
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield '(value: unknown): value is '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield ' {\n  return typeof value === "number" && hasOwn('
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ', value);\n}\n\n/** True when `value` is an error code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain as a wire string ("'
        yield str(environment.getattr(environment.getitem(environment.getattr(l_1_domain, 'errors'), 0), 'code'))
        yield '"; not " '
        yield str(environment.getattr(environment.getitem(environment.getattr(l_1_domain, 'errors'), 0), 'code'))
        yield '" or "0'
        yield str(environment.getattr(environment.getitem(environment.getattr(l_1_domain, 'errors'), 0), 'code'))
        yield '"). */\nexport function is'
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield 'String(value: unknown): value is '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield 'String {\n  return typeof value === "string" && hasOwn('
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ', value);\n}\n\n/** The catalogue entry for a code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain (number or wire string), or undefined when unknown. */\nexport function lookup'
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield 'Error(code: number | string): '
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield 'ErrorInfo | undefined {\n  return is'
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield '(code) || is'
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield 'String(code) ? '
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield '[code] : undefined;\n}\n'
    l_1_loop = l_1_domain = l_1_type = l_1_table = l_1_pascal = missing
    yield '\n/** The code union of each domain. */\nexport interface ErrorCodeByDomain {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  readonly '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_3(environment.getattr(l_1_domain, 'domain')))
        yield ';\n'
    l_1_domain = missing
    yield '}\n\n/** The catalogue entry type of each domain. */\nexport interface ErrorInfoByDomain {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  readonly '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_6(environment.getattr(l_1_domain, 'domain')))
        yield 'ErrorInfo;\n'
    l_1_domain = missing
    yield '}\n\n/** The catalogue entries of each domain, keyed by code. */\nexport const ERRORS = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_1(environment.getattr(l_1_domain, 'domain')))
        yield ',\n'
    l_1_domain = missing
    yield "} as const satisfies Readonly<Record<Domain, object>>;\n\n/** The layer each domain's responses come through (the gateway), read for what the domain does not define. */\nexport const FALLBACKS: Readonly<Partial<Record<Domain, Domain>>> = {\n"
    def t_12(fiter):
        for l_1_domain in fiter:
            if (not t_9(environment.getattr(l_1_domain, 'fallback'))):
                yield l_1_domain
    for l_1_domain in t_12(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_7(environment.getattr(l_1_domain, 'fallback')))
        yield ',\n'
    l_1_domain = missing
    yield '};\n\n/** The removed codes of each domain, keyed by code. */\nexport const REMOVED: Readonly<Record<Domain, Readonly<Record<number, RemovedCode>>>> = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_domain, 'removed'):
            pass
            yield '  '
            yield str(environment.getattr(l_1_domain, 'domain'))
            yield ': {\n'
            for l_2_dead in environment.getattr(l_1_domain, 'removed'):
                _loop_vars = {}
                pass
                yield '    '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ': { domain: '
                yield str(t_7(environment.getattr(l_1_domain, 'domain')))
                yield ', code: '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ', name: '
                yield str(t_7(environment.getattr(l_2_dead, 'name')))
                if (not t_9(environment.getattr(l_2_dead, 'reason'))):
                    pass
                    yield ', reason: '
                    yield str(t_7(environment.getattr(l_2_dead, 'reason')))
                if (not t_9(environment.getattr(l_2_dead, 'replaced_by'))):
                    pass
                    yield ', replacedBy: '
                    yield str(t_7(environment.getattr(l_2_dead, 'replaced_by')))
                yield ' },\n'
            l_2_dead = missing
            yield '  },\n'
        else:
            pass
            yield '  '
            yield str(environment.getattr(l_1_domain, 'domain'))
            yield ': {},\n'
    l_1_domain = missing
    yield '};\n\nconst LOOKUPS: { readonly [D in Domain]: (code: number | string) => ErrorInfoByDomain[D] | undefined } = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': lookup'
        yield str(t_6(environment.getattr(l_1_domain, 'domain')))
        yield 'Error,\n'
    l_1_domain = missing
    yield '};\n\n/** Per domain and code, the variants that carry placeholders and the expression their filled-in text matches. */\nconst TEMPLATE_PATTERNS: Readonly<Record<Domain, Readonly<Record<number, readonly (readonly [number, string])[]>>>> = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': {\n'
        def t_13(fiter):
            for l_2_entry in fiter:
                if t_2(l_2_entry):
                    yield l_2_entry
        for l_2_entry in t_13(environment.getattr(l_1_domain, 'errors')):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ': [\n'
            for (l_3_index, l_3_pattern) in t_2(l_2_entry):
                _loop_vars = {}
                pass
                yield '      ['
                yield str(l_3_index)
                yield ', '
                yield str(t_7(l_3_pattern))
                yield '],\n'
            l_3_index = l_3_pattern = missing
            yield '    ],\n'
        l_2_entry = missing
        yield '  },\n'
    l_1_domain = missing
    yield '};\n\n'
    yield str(t_8(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), 'runtime.ts')))

blocks = {}
debug_info = '1=73&2=80&3=82&4=88&5=94&7=108&8=112&15=116&19=119&20=123&25=129&26=133&31=139&32=143&37=149&38=153&43=158&44=162&50=168&51=172&57=178&58=182&64=189&65=193&70=206&74=213&75=221&81=227&82=231&85=238&86=242&87=244&88=246&90=249&92=251&93=253&94=256&95=260&98=265&99=269&101=273&102=275&103=277&104=280&105=283&107=286&109=292&111=294&112=296&113=299&114=302&115=306&117=309&118=312&120=315&121=317&122=319&123=321&124=323&125=326&127=329&128=331&129=333&130=336&132=338&133=341&135=343&136=346&138=348&139=351&140=353&141=356&145=360&147=364&148=366&149=369&151=372&152=374&153=377&155=379&156=382&158=384&159=388&161=395&162=398&164=402&165=417&166=420&168=422&169=425&171=427&172=430&174=432&175=435&177=437&178=440&185=447&187=451&188=453&190=459&191=461&192=465&195=467&196=475&197=479&200=481&201=483&202=487&208=495&209=499&215=505&216=509&222=515&223=519&229=525&230=533&236=539&237=542&238=545&239=547&240=551&244=572&250=576&251=580&257=586&258=590&259=592&260=600&261=602&262=606&270=616'
