# Compiled from the template data.go.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "77cdf0d9278032b4246a4ae70bff63e494b466245f3b002726871c0d1f6ef19f jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'data.go.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content_hash = resolve('content_hash')
    l_0_catalog = resolve('catalog')
    l_0_taxonomy = resolve('taxonomy')
    l_0_placeholder_kinds = resolve('placeholder_kinds')
    l_0_wire_constants = resolve('wire_constants')
    l_0_unnumbered = missing
    try:
        t_1 = environment.filters['go_constant']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'go_constant' found.")
    try:
        t_2 = environment.filters['go_doc_text']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'go_doc_text' found.")
    try:
        t_3 = environment.filters['go_entry_literal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'go_entry_literal' found.")
    try:
        t_4 = environment.filters['go_optional']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'go_optional' found.")
    try:
        t_5 = environment.filters['go_string']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'go_string' found.")
    try:
        t_6 = environment.filters['go_template_patterns']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'go_template_patterns' found.")
    try:
        t_7 = environment.filters['go_type']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'go_type' found.")
    try:
        t_8 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_9 = environment.filters['line_comment']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'line_comment' found.")
    try:
        t_10 = environment.filters['pascal_case']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'pascal_case' found.")
    try:
        t_11 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_12 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    template = environment.get_template('_banner.j2', 'data.go.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'unnumbered': l_0_unnumbered}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield "\n// Package kucoinerrors holds KuCoin's REST API error codes: a named integer type per domain with\n// a constant per code, every code's catalogue entry, Lookup, and the classification of a raw\n// response (ParseResponse, CheckResponse, BatchFailures, ParseWsMessage, RetryAfterMs).\n// Standard library only.\npackage kucoinerrors\n\n// CatalogHash is the sha256 of the catalogue this package was generated from.\nconst CatalogHash = "
    yield str(t_5((undefined(name='content_hash') if l_0_content_hash is missing else l_0_content_hash)))
    yield '\n\n// Domain is a part of the KuCoin API whose tables a code comes from.\ntype Domain string\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '\n// Domain'
        yield str(t_10(environment.getattr(l_1_domain, 'domain')))
        yield ' is the domain '
        yield str(t_5(environment.getattr(l_1_domain, 'domain')))
        yield '.\nconst Domain'
        yield str(t_10(environment.getattr(l_1_domain, 'domain')))
        yield ' Domain = '
        yield str(t_5(environment.getattr(l_1_domain, 'domain')))
        yield '\n'
    l_1_domain = missing
    yield '\n// Category is what kind of failure a code is; Description defines each.\ntype Category string\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '\n// Category'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' is the category '
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield '.\nconst Category'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' Category = '
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield '\n'
    l_1_term = missing
    yield '\n// RetryAction is what a client should do next; Description defines each.\ntype RetryAction string\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'):
        _loop_vars = {}
        pass
        yield '\n// Action'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' is the retry action '
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield '.\nconst Action'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' RetryAction = '
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield '\n'
    l_1_term = missing
    yield '\n// MarginScope is which margin tables a margin code belongs to.\ntype MarginScope string\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'scopes'):
        _loop_vars = {}
        pass
        yield '\n// Scope'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' is the margin scope '
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield '.\nconst Scope'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' MarginScope = '
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield '\n'
    l_1_term = missing
    yield '\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '// Err'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' is the error of the category '
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield ': errors.Is(err, Err'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ') is true for an *APIError of it.\nvar Err'
        yield str(t_10(environment.getattr(l_1_term, 'name')))
        yield ' error = categoryError('
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield ')\n\n'
    l_1_term = missing
    yield "// PlaceholderKind is the shape of a placeholder's value.\ntype PlaceholderKind string\n"
    for l_1_kind in (undefined(name='placeholder_kinds') if l_0_placeholder_kinds is missing else l_0_placeholder_kinds):
        _loop_vars = {}
        pass
        yield '\n// Kind'
        yield str(t_10(l_1_kind))
        yield ' is the placeholder kind '
        yield str(t_5(l_1_kind))
        yield '.\nconst Kind'
        yield str(t_10(l_1_kind))
        yield ' PlaceholderKind = '
        yield str(t_5(l_1_kind))
        yield '\n'
    l_1_kind = missing
    yield "\n// Every category with its definition, in the taxonomy's order.\nvar categoryTerms = []term{\n"
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '\t{'
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield ', '
        yield str(t_5(environment.getattr(l_1_term, 'description')))
        yield '},\n'
    l_1_term = missing
    yield "}\n\n// Every retry action with its definition, in the taxonomy's order.\nvar retryActionTerms = []term{\n"
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'):
        _loop_vars = {}
        pass
        yield '\t{'
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield ', '
        yield str(t_5(environment.getattr(l_1_term, 'description')))
        yield '},\n'
    l_1_term = missing
    yield '}\n\n// Milliseconds to wait before a retry when neither the headers nor the catalogue say, by category.\nvar defaultRetryDelayMs = map[Category]int{'
    def t_13(fiter):
        for l_1_term in fiter:
            if (not t_12(environment.getattr(l_1_term, 'retry_delay_ms'))):
                yield l_1_term
    l_1_loop = missing
    for l_1_term, l_1_loop in LoopContext(t_13(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories')), undefined):
        _loop_vars = {}
        pass
        yield str(t_5(environment.getattr(l_1_term, 'name')))
        yield ': '
        yield str(environment.getattr(l_1_term, 'retry_delay_ms'))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 72 in 'data.go.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_term = missing
    yield '}\n\n// Wire constants (codegen/wire.py).\n'
    for (l_1_keyword, l_1_name, l_1_value) in (undefined(name='wire_constants') if l_0_wire_constants is missing else l_0_wire_constants):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(l_1_keyword)
        yield ' '
        yield str(l_1_name)
        yield ' = '
        yield str(l_1_value)
        yield '\n'
    l_1_keyword = l_1_name = l_1_value = missing
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '\n// '
        yield str(t_7(environment.getattr(l_1_domain, 'domain')))
        yield ' is a code of the domain '
        yield str(t_5(environment.getattr(l_1_domain, 'domain')))
        yield ': '
        yield str(t_9(environment.getattr(l_1_domain, 'description')))
        yield '\ntype '
        yield str(t_7(environment.getattr(l_1_domain, 'domain')))
        yield ' int\n\n// Info is the catalogue entry of the code; nil for a value the catalogue does not have.\nfunc (c '
        yield str(t_7(environment.getattr(l_1_domain, 'domain')))
        yield ') Info() *ErrorInfo { return entryOf(Domain'
        yield str(t_10(environment.getattr(l_1_domain, 'domain')))
        yield ', int(c)) }\n\n// String is the catalogue name of the code, or its number for a value the catalogue does not have.\nfunc (c '
        yield str(t_7(environment.getattr(l_1_domain, 'domain')))
        yield ') String() string { return codeName(Domain'
        yield str(t_10(environment.getattr(l_1_domain, 'domain')))
        yield ', int(c)) }\n'
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            yield '\n// '
            yield str(t_1(environment.getattr(l_2_entry, 'name'), environment.getattr(l_1_domain, 'domain')))
            yield ' is '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ' '
            yield str(environment.getattr(l_2_entry, 'name'))
            yield '; KuCoin documents it as:\n//\n'
            for l_3_variant in environment.getattr(l_2_entry, 'variants'):
                _loop_vars = {}
                pass
                yield '//\t'
                yield str(t_11(t_9(environment.getattr(l_3_variant, 'documented_text'))))
                yield '\n'
            l_3_variant = missing
            if (not t_12(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '//\n// Deprecated: '
                yield str(t_2(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield '\n'
            yield 'const '
            yield str(t_1(environment.getattr(l_2_entry, 'name'), environment.getattr(l_1_domain, 'domain')))
            yield ' '
            yield str(t_7(environment.getattr(l_1_domain, 'domain')))
            yield ' = '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield '\n'
        l_2_entry = missing
    l_1_domain = missing
    yield '\n// The tables of every domain, in catalogue order.\nvar domainTables = []domainTable{\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '\t{domain: '
        yield str(t_5(environment.getattr(l_1_domain, 'domain')))
        yield ', description: '
        yield str(t_5(environment.getattr(l_1_domain, 'description')))
        yield ', fallback: '
        yield str(t_5((environment.getattr(l_1_domain, 'fallback') or '')))
        yield ', successCodes: []int{'
        yield str(t_8(context.eval_ctx, environment.getattr(l_1_domain, 'success_codes'), ', '))
        yield '}, entries: []ErrorInfo{\n'
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            yield str(t_3(l_2_entry, environment.getattr(l_1_domain, 'domain')))
            yield '\n'
        l_2_entry = missing
        yield '\t}'
        if environment.getattr(l_1_domain, 'removed'):
            pass
            yield ', removed: []RemovedCode{\n'
            for l_2_dead in environment.getattr(l_1_domain, 'removed'):
                _loop_vars = {}
                pass
                yield '\t\t{Domain: '
                yield str(t_5(environment.getattr(l_1_domain, 'domain')))
                yield ', Code: '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ', Name: '
                yield str(t_5(environment.getattr(l_2_dead, 'name')))
                yield str(t_4(environment.getattr(l_2_dead, 'reason'), 'Reason'))
                yield str(t_4(environment.getattr(l_2_dead, 'replaced_by'), 'ReplacedBy'))
                yield '},\n'
            l_2_dead = missing
            yield '\t}'
        yield '},\n'
    l_1_domain = missing
    yield '}\n\n'
    def macro(l_1_domain, l_1_item):
        t_14 = []
        if l_1_domain is missing:
            l_1_domain = undefined("parameter 'domain' was not provided", name='domain')
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        pass
        t_14.extend((
            '{Domain: ',
            str(t_5(environment.getattr(l_1_domain, 'domain'))),
            ', Name: ',
            str(t_5(environment.getattr(l_1_item, 'name'))),
            ', Category: ',
            str(t_5(environment.getattr(l_1_item, 'category'))),
            ', Retry: RetryAdvice{Action: ',
            str(t_5(environment.getattr(l_1_item, 'retry'))),
            '}',
            str(t_4(environment.getattr(l_1_item, 'code'), 'Code')),
            str(t_4(environment.getattr(l_1_item, 'message'), 'Message')),
            str(t_4(environment.getattr(l_1_item, 'note'), 'Note')),
            str(t_4(environment.getattr(l_1_item, 'undocumented'), 'Undocumented')),
            '}',
        ))
        return concat(t_14)
    context.exported_vars.add('unnumbered')
    context.vars['unnumbered'] = l_0_unnumbered = Macro(environment, macro, 'unnumbered', ('domain', 'item'), False, False, False, context.eval_ctx.autoescape)
    yield '// The codes of each domain that are not numbers ("order_not_exist"), matched exactly as sent.\nvar stringCodes = map[Domain][]UnnumberedError{\n'
    def t_15(fiter):
        for l_1_domain in fiter:
            if environment.getattr(l_1_domain, 'string_codes'):
                yield l_1_domain
    for l_1_domain in t_15(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')):
        _loop_vars = {}
        pass
        yield '\t'
        yield str(t_5(environment.getattr(l_1_domain, 'domain')))
        yield ': {\n'
        for l_2_item in environment.getattr(l_1_domain, 'string_codes'):
            _loop_vars = {}
            pass
            yield '\t\t'
            yield str(context.call((undefined(name='unnumbered') if l_0_unnumbered is missing else l_0_unnumbered), l_1_domain, l_2_item, _loop_vars=_loop_vars))
            yield ',\n'
        l_2_item = missing
        yield '\t},\n'
    l_1_domain = missing
    yield '}\n\n// The messages of each domain that make a response under a success code a failure ("Position does not exist").\nvar failuresUnderSuccess = map[Domain][]UnnumberedError{\n'
    def t_16(fiter):
        for l_1_domain in fiter:
            if environment.getattr(l_1_domain, 'failures_under_success'):
                yield l_1_domain
    for l_1_domain in t_16(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')):
        _loop_vars = {}
        pass
        yield '\t'
        yield str(t_5(environment.getattr(l_1_domain, 'domain')))
        yield ': {\n'
        for l_2_item in environment.getattr(l_1_domain, 'failures_under_success'):
            _loop_vars = {}
            pass
            yield '\t\t'
            yield str(context.call((undefined(name='unnumbered') if l_0_unnumbered is missing else l_0_unnumbered), l_1_domain, l_2_item, _loop_vars=_loop_vars))
            yield ',\n'
        l_2_item = missing
        yield '\t},\n'
    l_1_domain = missing
    yield '}\n\n// Every variant that carries placeholders (by domain, code and index) and the expression its filled-in,\n// normalised and ASCII-folded text matches.\nvar templatePatterns = []indexedPattern{\n'
    for l_1_lines in t_6((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog)):
        _loop_vars = {}
        pass
        yield str(l_1_lines)
    l_1_lines = missing
    yield '}\n'

blocks = {}
debug_info = '1=89&10=96&14=98&16=102&17=106&22=112&24=116&25=120&30=126&32=130&33=134&38=140&40=144&41=148&44=154&45=158&46=164&51=170&53=174&54=178&59=184&60=188&66=194&67=198&72=204&75=218&77=222&79=229&81=233&82=239&85=241&88=245&89=249&91=253&93=259&94=263&96=266&98=269&100=272&106=281&107=285&108=293&109=296&112=300&113=303&114=307&121=320&122=329&123=337&127=347&128=355&129=357&130=361&138=367&139=375&140=377&141=381&150=387&151=390'
