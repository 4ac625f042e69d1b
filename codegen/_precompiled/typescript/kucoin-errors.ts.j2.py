# Compiled from the template kucoin-errors.ts.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "eb4030063ab212bbaafd4c86299e68830656d06a6718cb583dcfd36a21c1c230 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
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
    l_0_unnumbered = missing
    try:
        t_1 = environment.filters['constant_name']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'constant_name' found.")
    try:
        t_2 = environment.filters['entry_json']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'entry_json' found.")
    try:
        t_3 = environment.filters['entry_patterns']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'entry_patterns' found.")
    try:
        t_4 = environment.filters['enum_class_name']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'enum_class_name' found.")
    try:
        t_5 = environment.filters['jsdoc']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'jsdoc' found.")
    try:
        t_6 = environment.filters['line_comment']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'line_comment' found.")
    try:
        t_7 = environment.filters['pascal_case']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'pascal_case' found.")
    try:
        t_8 = environment.filters['typescript_string']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'typescript_string' found.")
    try:
        t_9 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_10 = environment.filters['without_source_only']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'without_source_only' found.")
    try:
        t_11 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    for l_1_line in (undefined(name='header') if l_0_header is missing else l_0_header):
        _loop_vars = {}
        pass
        yield '// '
        yield str(t_6(l_1_line))
        yield '\n'
    l_1_line = missing
    yield '//\n// KuCoin REST API error codes: per domain, a union of code literals, the\n// catalogue entry of every code, type guards and lookup. No dependencies.\n\n/** sha256 of the catalogue this module was generated from. */\nexport const CATALOG_HASH = '
    yield str(t_8((undefined(name='content_hash') if l_0_content_hash is missing else l_0_content_hash)))
    yield ';\n\n/** The parts of the KuCoin API whose tables a code comes from. */\nexport type Domain =\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_8(environment.getattr(l_1_domain, 'domain')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 14 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_domain = missing
    yield '\n/** What kind of failure a code is; CATEGORIES defines each. */\nexport type Category =\n'
    l_1_loop = missing
    for l_1_term, l_1_loop in LoopContext(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_8(environment.getattr(l_1_term, 'name')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 20 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_term = missing
    yield '\n/** What a client should do next; RETRY_ACTIONS defines each. */\nexport type RetryAction =\n'
    l_1_loop = missing
    for l_1_term, l_1_loop in LoopContext(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_8(environment.getattr(l_1_term, 'name')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 26 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_term = missing
    yield '\n/** Which margin tables a margin code belongs to. */\nexport type MarginScope =\n'
    l_1_loop = missing
    for l_1_term, l_1_loop in LoopContext(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'scopes'), undefined):
        _loop_vars = {}
        pass
        yield '  | '
        yield str(t_8(environment.getattr(l_1_term, 'name')))
        yield str((';' if environment.getattr(l_1_loop, 'last') else cond_expr_undefined("the inline if-expression on line 32 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_term = missing
    yield '\n/** Every category with its definition. */\nexport const CATEGORIES = {\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_term, 'name'))
        yield ': '
        yield str(t_8(environment.getattr(l_1_term, 'description')))
        yield ',\n'
    l_1_term = missing
    yield '} as const;\n\n/** Every retry action with its definition. */\nexport const RETRY_ACTIONS = {\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_term, 'name'))
        yield ': '
        yield str(t_8(environment.getattr(l_1_term, 'description')))
        yield ',\n'
    l_1_term = missing
    yield '} as const;\n\n/** What each domain covers. */\nexport const DOMAIN_DESCRIPTIONS = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_8(environment.getattr(l_1_domain, 'description')))
        yield ',\n'
    l_1_domain = missing
    yield '} as const;\n\n/** Codes that mean success, per domain ("200000"; "200" on some newer margin endpoints). */\nexport const SUCCESS_CODES = {\n'
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
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 59 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
        l_2_loop = l_2_code = missing
        yield '],\n'
    l_1_loop = l_1_domain = missing
    yield "} as const;\n\n/** The shape of a placeholder's value. */\nexport type PlaceholderKind = "
    l_1_loop = missing
    for l_1_kind, l_1_loop in LoopContext((undefined(name='placeholder_kinds') if l_0_placeholder_kinds is missing else l_0_placeholder_kinds), undefined):
        _loop_vars = {}
        pass
        yield str(t_8(l_1_kind))
        yield str((' | ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 64 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_kind = missing
    yield ';\n\n/** Milliseconds to wait before a retry when neither the headers nor the catalogue say, by category. */\nexport const DEFAULT_RETRY_MS = {\n'
    def t_12(fiter):
        for l_1_term in fiter:
            if (not t_11(environment.getattr(l_1_term, 'retry_delay_ms'))):
                yield l_1_term
    for l_1_term in t_12(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories')):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_term, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_term, 'retry_delay_ms'))
        yield ',\n'
    l_1_term = missing
    yield "} as const;\n\n/** Constants of KuCoin's wire format and of how the bindings read it, the same in every binding. */\nexport const WIRE = {\n"
    for (l_1_name, l_1_value) in (undefined(name='wire_constants') if l_0_wire_constants is missing else l_0_wire_constants):
        _loop_vars = {}
        pass
        yield '  '
        yield str(l_1_name)
        yield ': '
        yield str(l_1_value)
        yield ',\n'
    l_1_name = l_1_value = missing
    yield "} as const;\n\n/**\n * A domain's entries keyed by code, from the JSON text of each, parsed when the module loads: data as JSON\n * costs the compiler a string where object literals would cost it a type per entry and field.\n */\nfunction entriesFromJson(texts: readonly string[]): unknown {\n  const table: Record<number, unknown> = {};\n  for (const text of texts) {\n    const entry = JSON.parse(text) as { readonly code: number };\n    table[entry.code] = entry;\n  }\n  return table;\n}\n"
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        l_1_type = l_1_table = l_1_pascal = missing
        _loop_vars = {}
        pass
        l_1_type = t_4(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['type'] = l_1_type
        l_1_table = t_1(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['table'] = l_1_table
        l_1_pascal = t_7(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['pascal'] = l_1_pascal
        yield '\n// '
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield '\n\n/** '
        yield str(t_5(environment.getattr(l_1_domain, 'description')))
        yield ' A union of the code literals, from the codes by name below. */\nexport type '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield ' = (typeof '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield ')[keyof typeof '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield '];\n\n/** An error code of the '
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
            if (not t_11(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '  /** @deprecated '
                yield str(t_5(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield ' */\n'
            yield '  '
            yield str(environment.getattr(l_2_entry, 'name'))
            yield ': '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ',\n'
        l_2_entry = missing
        yield '} as const;\n\n/** The catalogue entry of an error code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain. */\nexport type '
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield 'ErrorInfo = ErrorInfo<'
        yield str(t_8(environment.getattr(l_1_domain, 'domain')))
        yield ', '
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield '>;\n\n/** The catalogue entry of every error code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield " domain, keyed by code: an entry's JSON a line. */\nexport const "
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ' = /* @__PURE__ */ entriesFromJson([\n'
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            yield '  '
            yield str(t_2(l_2_entry, l_1_domain))
            yield ',\n'
        l_2_entry = missing
        yield ']) as Readonly<Record<'
        yield str((undefined(name='type') if l_1_type is missing else l_1_type))
        yield ', '
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield 'ErrorInfo>>;\n\n/** True when `value` is an error code of the '
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
        yield 'ErrorInfo | undefined {\n  return entryOf('
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ', code) as '
        yield str((undefined(name='pascal') if l_1_pascal is missing else l_1_pascal))
        yield 'ErrorInfo | undefined;\n}\n'
    l_1_domain = l_1_type = l_1_table = l_1_pascal = missing
    yield '\n/** The code union of each domain. */\nexport interface ErrorCodeByDomain {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  readonly '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_4(environment.getattr(l_1_domain, 'domain')))
        yield ';\n'
    l_1_domain = missing
    yield '}\n\n/** The catalogue entry type of each domain. */\nexport interface ErrorInfoByDomain {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  readonly '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_7(environment.getattr(l_1_domain, 'domain')))
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
    yield "} as const;\n\n/** The layer each domain's responses come through (the gateway), read for what the domain does not define. */\nexport const FALLBACKS: Readonly<Partial<Record<Domain, Domain>>> = {\n"
    def t_13(fiter):
        for l_1_domain in fiter:
            if (not t_11(environment.getattr(l_1_domain, 'fallback'))):
                yield l_1_domain
    for l_1_domain in t_13(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': '
        yield str(t_8(environment.getattr(l_1_domain, 'fallback')))
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
                yield str(t_8(environment.getattr(l_1_domain, 'domain')))
                yield ', code: '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ', name: '
                yield str(t_8(environment.getattr(l_2_dead, 'name')))
                if (not t_11(environment.getattr(l_2_dead, 'reason'))):
                    pass
                    yield ', reason: '
                    yield str(t_8(environment.getattr(l_2_dead, 'reason')))
                if (not t_11(environment.getattr(l_2_dead, 'replaced_by'))):
                    pass
                    yield ', replacedBy: '
                    yield str(t_8(environment.getattr(l_2_dead, 'replaced_by')))
                yield ' },\n'
            l_2_dead = missing
            yield '  },\n'
        else:
            pass
            yield '  '
            yield str(environment.getattr(l_1_domain, 'domain'))
            yield ': {},\n'
    l_1_domain = missing
    yield '};\n\n'
    def macro(l_1_domain, l_1_item):
        t_14 = []
        if l_1_domain is missing:
            l_1_domain = undefined("parameter 'domain' was not provided", name='domain')
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        pass
        t_14.extend((
            '{ domain: ',
            str(t_8(environment.getattr(l_1_domain, 'domain'))),
            ', name: ',
            str(t_8(environment.getattr(l_1_item, 'name'))),
            ', category: ',
            str(t_8(environment.getattr(l_1_item, 'category'))),
            ', retry: { action: ',
            str(t_8(environment.getattr(l_1_item, 'retry'))),
            ' }',
        ))
        if (not t_11(environment.getattr(l_1_item, 'code'))):
            pass
            t_14.extend((
                ', code: ',
                str(t_8(environment.getattr(l_1_item, 'code'))),
            ))
        if (not t_11(environment.getattr(l_1_item, 'message'))):
            pass
            t_14.extend((
                ', message: ',
                str(t_8(environment.getattr(l_1_item, 'message'))),
            ))
        if (not t_11(environment.getattr(l_1_item, 'note'))):
            pass
            t_14.extend((
                ', note: ',
                str(t_8(environment.getattr(l_1_item, 'note'))),
            ))
        if (not t_11(environment.getattr(l_1_item, 'undocumented'))):
            pass
            t_14.extend((
                ', undocumented: ',
                str(t_8(environment.getattr(l_1_item, 'undocumented'))),
            ))
        t_14.append(
            ' }',
        )
        return concat(t_14)
    context.exported_vars.add('unnumbered')
    context.vars['unnumbered'] = l_0_unnumbered = Macro(environment, macro, 'unnumbered', ('domain', 'item'), False, False, False, context.eval_ctx.autoescape)
    for (l_1_field, l_1_doc) in [('string_codes', 'The codes of each domain that are not numbers ("order_not_exist"), matched exactly as sent.'), ('failures_under_success', 'The messages of each domain that make a response under a success code a failure ("Position does not exist").')]:
        _loop_vars = {}
        pass
        yield '/** '
        yield str(l_1_doc)
        yield ' */\nexport const '
        yield str(t_9(l_1_field))
        yield ': Readonly<Record<Domain, readonly UnnumberedError[]>> = {\n'
        for l_2_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
            _loop_vars = {}
            pass
            yield '  '
            yield str(environment.getattr(l_2_domain, 'domain'))
            yield ': ['
            for l_3_item in environment.getitem(l_2_domain, l_1_field):
                _loop_vars = {}
                pass
                yield '\n    '
                yield str(context.call((undefined(name='unnumbered') if l_0_unnumbered is missing else l_0_unnumbered), l_2_domain, l_3_item, _loop_vars=_loop_vars))
                yield ','
            l_3_item = missing
            yield str(('\n  ' if environment.getitem(l_2_domain, l_1_field) else cond_expr_undefined("the inline if-expression on line 196 in 'kucoin-errors.ts.j2' evaluated to false and no else section was defined.")))
            yield '],\n'
        l_2_domain = missing
        yield '};\n\n'
    l_1_field = l_1_doc = missing
    yield '/** Per domain and code, the variants that carry placeholders and the expression their filled-in text matches. */\nconst TEMPLATE_PATTERNS: Readonly<Record<string, Readonly<Record<number, readonly (readonly [number, string])[]>>>> = {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ': {\n'
        def t_15(fiter):
            for l_2_entry in fiter:
                if t_3(l_2_entry):
                    yield l_2_entry
        for l_2_entry in t_15(environment.getattr(l_1_domain, 'errors')):
            _loop_vars = {}
            pass
            yield '    '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ': [\n'
            for (l_3_index, l_3_pattern) in t_3(l_2_entry):
                _loop_vars = {}
                pass
                yield '      ['
                yield str(l_3_index)
                yield ', '
                yield str(t_8(l_3_pattern))
                yield '],\n'
            l_3_index = l_3_pattern = missing
            yield '    ],\n'
        l_2_entry = missing
        yield '  },\n'
    l_1_domain = missing
    yield '};\n\n'
    yield str(t_10(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), 'runtime.ts')))

blocks = {}
debug_info = '1=85&2=89&9=93&13=96&14=100&19=106&20=110&25=116&26=120&31=126&32=130&37=135&38=139&44=145&45=149&51=155&52=159&58=166&59=170&64=183&68=190&69=198&75=204&76=208&92=214&93=218&94=220&95=222&97=225&99=227&100=229&102=235&103=239&105=243&106=245&107=247&108=250&109=253&111=256&115=262&116=264&118=270&119=272&120=274&121=278&123=282&125=286&126=288&127=292&130=294&131=302&132=306&135=308&136=310&137=314&143=320&144=324&150=330&151=334&157=340&158=344&164=350&165=358&171=364&172=367&173=370&174=372&175=376&179=397&184=401&185=410&186=419&187=425&188=431&189=437&191=449&193=453&194=455&195=457&196=461&203=476&204=480&205=482&206=490&207=492&208=496&216=506'
