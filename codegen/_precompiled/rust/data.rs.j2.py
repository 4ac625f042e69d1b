# Compiled from the template data.rs.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "20dc9288900d4ae8d19dc8743f32d920cf7842559605e2e2c30b73b67ff6bb48 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'data.rs.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content_hash = resolve('content_hash')
    l_0_wire_constants = resolve('wire_constants')
    l_0_taxonomy = resolve('taxonomy')
    l_0_placeholder_kinds = resolve('placeholder_kinds')
    l_0_catalog = resolve('catalog')
    try:
        t_1 = environment.filters['constant_name']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'constant_name' found.")
    try:
        t_2 = environment.filters['enum_class_name']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'enum_class_name' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['pascal_case']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'pascal_case' found.")
    try:
        t_7 = environment.filters['removed_table_name']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'removed_table_name' found.")
    try:
        t_8 = environment.filters['rust_doc']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'rust_doc' found.")
    try:
        t_9 = environment.filters['rust_entry_literal']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'rust_entry_literal' found.")
    try:
        t_10 = environment.filters['rust_option']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'rust_option' found.")
    try:
        t_11 = environment.filters['rust_retry_advice']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'rust_retry_advice' found.")
    try:
        t_12 = environment.filters['rust_string']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'rust_string' found.")
    try:
        t_13 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_14 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    template = environment.get_template('_banner.j2', 'data.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield "//! The catalogue's data: the taxonomy, one enum per domain, every code's entry and template, the wire constants.\n// Codes are written as the catalogue writes them (200004), doc comments quote its texts as they are, the\n// tables repeat values (a match arm per domain or category), and every literal of the tables takes the fields\n// it does not set from a base, even one that sets them all.\n#![allow(clippy::unreadable_literal, clippy::doc_markdown, clippy::match_same_arms, clippy::needless_update)]\n\n#[allow(unused_imports)] // a catalogue without placeholders uses neither Placeholder nor TemplatePart\nuse crate::model::{ErrorInfo, MessageVariant, Placeholder, RemovedCode, RetryAdvice, TemplatePart, UnnumberedError};\n\n/// sha256 of the catalogue this crate was generated from.\npub const CATALOG_HASH: &str = "
    yield str(t_12((undefined(name='content_hash') if l_0_content_hash is missing else l_0_content_hash)))
    yield ";\n\n/// Constants of KuCoin's wire format and of how the bindings read it, the same in every binding.\npub mod wire {\n"
    for (l_1_name, l_1_type, l_1_value) in (undefined(name='wire_constants') if l_0_wire_constants is missing else l_0_wire_constants):
        _loop_vars = {}
        pass
        yield '    #[allow(missing_docs)]\n    pub const '
        yield str(l_1_name)
        yield ': '
        yield str(l_1_type)
        yield ' = '
        yield str(l_1_value)
        yield ';\n'
    l_1_name = l_1_type = l_1_value = missing
    yield '}\n'
    for (l_1_type, l_1_doc, l_1_terms) in [('Category', 'What kind of failure a code is.', environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories')), ('RetryAction', 'What a client should do next.', environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions')), ('MarginScope', 'Which margin tables a margin code belongs to.', environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'scopes'))]:
        _loop_vars = {}
        pass
        yield '\nnamed_enum! {\n    /// '
        yield str(l_1_doc)
        yield '\n    '
        yield str(l_1_type)
        yield ' {\n'
        for l_2_term in l_1_terms:
            _loop_vars = {}
            pass
            yield '        /// '
            yield str(t_8(environment.getattr(l_2_term, 'description')))
            yield '\n        '
            yield str(t_6(environment.getattr(l_2_term, 'name')))
            yield ' => '
            yield str(t_12(environment.getattr(l_2_term, 'name')))
            yield ',\n'
        l_2_term = missing
        yield '    }\n}\n\nimpl '
        yield str(l_1_type)
        yield " {\n    /// Its definition.\n    #[must_use]\n    pub const fn description(self) -> &'static str {\n        match self {\n"
        for l_2_term in l_1_terms:
            _loop_vars = {}
            pass
            yield '            Self::'
            yield str(t_6(environment.getattr(l_2_term, 'name')))
            yield ' => '
            yield str(t_12(environment.getattr(l_2_term, 'description')))
            yield ',\n'
        l_2_term = missing
        yield '        }\n    }\n}\n'
    l_1_type = l_1_doc = l_1_terms = missing
    yield '\nimpl Category {\n    /// Milliseconds to wait before a retry when neither the headers nor the catalogue say.\n    #[must_use]\n    pub const fn retry_delay_ms(self) -> Option<u64> {\n        match self {\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '            Self::'
        yield str(t_6(environment.getattr(l_1_term, 'name')))
        yield ' => '
        yield str(('None' if t_14(environment.getattr(l_1_term, 'retry_delay_ms')) else str_join(('Some(', environment.getattr(l_1_term, 'retry_delay_ms'), ')', ))))
        yield ',\n'
    l_1_term = missing
    yield "        }\n    }\n}\n\nnamed_enum! {\n    /// The shape of a placeholder's value.\n    PlaceholderKind {\n"
    for l_1_kind in (undefined(name='placeholder_kinds') if l_0_placeholder_kinds is missing else l_0_placeholder_kinds):
        _loop_vars = {}
        pass
        yield '        #[allow(missing_docs)]\n        '
        yield str(t_6(l_1_kind))
        yield ' => '
        yield str(t_12(l_1_kind))
        yield ',\n'
    l_1_kind = missing
    yield "    }\n}\n\nimpl PlaceholderKind {\n    /// The kind of a token's value when the catalogue does not say.\n    #[must_use]\n    pub fn default_for_token(token: &str) -> Self {\n        wire::DEFAULT_PLACEHOLDER_KINDS.iter().find(|(known, _)| *known == token).and_then(|(_, kind)| Self::parse(kind)).unwrap_or(Self::Text)\n    }\n}\n\nnamed_enum! {\n    /// The parts of the KuCoin API whose tables a code comes from.\n    Domain {\n"
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '        /// '
        yield str(t_8(environment.getattr(l_1_domain, 'description')))
        yield '\n        '
        yield str(t_6(environment.getattr(l_1_domain, 'domain')))
        yield ' => '
        yield str(t_12(environment.getattr(l_1_domain, 'domain')))
        yield ',\n'
    l_1_domain = missing
    yield '    }\n}\n\nimpl Domain {\n    /// Its place in `ALL`.\n    #[must_use]\n    pub const fn index(self) -> usize {\n        self as usize\n    }\n'
    l_1_loop = missing
    for (l_1_method, l_1_type, l_1_doc, l_1_values), l_1_loop in LoopContext([('description', "&'static str", 'What the domain covers.', t_5(context, t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), attribute='description'), 'rust_string')), ('entries', "&'static [ErrorInfo]", "The catalogue entry of every code of the domain, in the catalogue's order.", t_5(context, t_5(context, t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), attribute='domain'), 'constant_name'), 'rust_reference')), ('success_codes', "&'static [u32]", 'Codes that mean success ("200000"; "200" on some newer margin endpoints).', t_5(context, t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), attribute='success_codes'), 'rust_slice')), ('fallback', 'Option<Self>', "The layer the domain's responses come through (the gateway), read for what the domain does not define.", t_5(context, t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), attribute='fallback'), 'rust_domain_option')), ('removed_codes', "&'static [RemovedCode]", "The tombstones of the codes removed from the domain, in the catalogue's order.", t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), 'rust_removed_reference')), ('string_codes', "&'static [UnnumberedError]", 'The domain\'s codes that are not numbers ("order_not_exist"), matched exactly as sent.', t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), 'rust_unnumbered_reference', 'string_codes')), ('failures_under_success', "&'static [UnnumberedError]", 'The messages that make a response under a success code a failure ("Position does not exist").', t_5(context, environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), 'rust_unnumbered_reference', 'failures_under_success'))], undefined):
        _loop_vars = {}
        pass
        yield '\n    /// '
        yield str(l_1_doc)
        yield '\n    #[must_use]\n    pub const fn '
        yield str(l_1_method)
        yield '(self) -> '
        yield str(l_1_type)
        yield ' {\n        match self {\n'
        l_1_values = t_4(context.eval_ctx, l_1_values)
        _loop_vars['values'] = l_1_values
        l_2_loop = missing
        for l_2_domain, l_2_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
            _loop_vars = {}
            pass
            yield '            Self::'
            yield str(t_6(environment.getattr(l_2_domain, 'domain')))
            yield ' => '
            yield str(environment.getitem(l_1_values, environment.getattr(l_2_loop, 'index0')))
            yield ',\n'
        l_2_loop = l_2_domain = missing
        yield '        }\n    }\n'
    l_1_loop = l_1_method = l_1_type = l_1_doc = l_1_values = missing
    yield "}\n\n// The bases of the tables' literals below (`..ADVICE`, `..VARIANT`, `..ENTRY`): a literal writes the fields that\n// are set and takes every other one, unset, from its base. A catalogue without entries leaves them unused.\n#[allow(dead_code)]\nconst ADVICE: RetryAdvice = RetryAdvice { action: RetryAction::"
    yield str(t_6(environment.getattr(environment.getitem(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'), 0), 'name')))
    yield ', after_ms: None, after_header: None, max_attempts: None, then: None };\n#[allow(dead_code)]\nconst VARIANT: MessageVariant = MessageVariant { id: "", message: "", key: None, detail: None, placeholders: &[], category: None, retry: None, note: None, review: None, detail_separator: None, aliases: &[], table: None, undocumented: None, pages: &[], template: &[] };\n#[allow(dead_code)]\nconst ENTRY: ErrorInfo = ErrorInfo {\n    domain: Domain::'
    yield str(t_6(environment.getattr(environment.getitem(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), 0), 'domain')))
    yield ',\n    code: 0,\n    name: "",\n    category: Category::'
    yield str(t_6(environment.getattr(environment.getitem(environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'), 0), 'name')))
    yield ',\n    retry: ADVICE,\n    variants: &[],\n    scope: None,\n    http_status: None,\n    note: None,\n    review: None,\n    deprecated: None,\n    replaced_by: None,\n    undocumented: None,\n};\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        l_1_table = missing
        _loop_vars = {}
        pass
        l_1_table = t_1(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['table'] = l_1_table
        yield '\nerror_codes! {\n    /// The error codes of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield ' domain: '
        yield str(t_8(environment.getattr(l_1_domain, 'description')))
        yield '\n    '
        yield str(t_2(environment.getattr(l_1_domain, 'domain')))
        yield ' in '
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ', tested in '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield '_codes {\n'
        l_2_loop = missing
        for l_2_entry, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'errors'), undefined):
            _loop_vars = {}
            pass
            yield '        /// '
            yield str(t_8(environment.getattr(environment.getitem(environment.getattr(l_2_entry, 'variants'), 0), 'documented_text')))
            yield '\n'
            if (not t_14(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '        #[deprecated(note = '
                yield str(t_12(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield ')]\n'
            yield '        '
            yield str(t_6(environment.getattr(l_2_entry, 'name')))
            yield ' = '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ' => '
            yield str(environment.getattr(l_2_loop, 'index0'))
            yield ',\n'
        l_2_loop = l_2_entry = missing
        yield '    }\n}\n\n/// The catalogue entry of every code of the '
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield " domain, in the catalogue's order.\npub static "
        yield str((undefined(name='table') if l_1_table is missing else l_1_table))
        yield ': [ErrorInfo; '
        yield str(t_3(environment.getattr(l_1_domain, 'errors')))
        yield '] = [\n'
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            yield str(t_9(l_2_entry, environment.getattr(l_1_domain, 'domain')))
            yield '\n'
        l_2_entry = missing
        yield '];\n'
        for (l_2_field, l_2_doc) in [('string_codes', str_join(('The codes of the ', environment.getattr(l_1_domain, 'domain'), " domain that are not numbers, in the catalogue's order.", ))), ('failures_under_success', str_join(('The messages that make a response of the ', environment.getattr(l_1_domain, 'domain'), ' domain under a success code a failure.', )))]:
            l_2_items = missing
            _loop_vars = {}
            pass
            l_2_items = environment.getitem(l_1_domain, l_2_field)
            _loop_vars['items'] = l_2_items
            if (undefined(name='items') if l_2_items is missing else l_2_items):
                pass
                yield '\n/// '
                yield str(l_2_doc)
                yield '\npub static '
                yield str(t_13(environment.getattr(l_1_domain, 'domain')))
                yield '_'
                yield str(t_13(l_2_field))
                yield ': [UnnumberedError; '
                yield str(t_3((undefined(name='items') if l_2_items is missing else l_2_items)))
                yield '] = [\n'
                for l_3_item in (undefined(name='items') if l_2_items is missing else l_2_items):
                    _loop_vars = {}
                    pass
                    yield '    UnnumberedError {\n        domain: Domain::'
                    yield str(t_6(environment.getattr(l_1_domain, 'domain')))
                    yield ',\n        name: '
                    yield str(t_12(environment.getattr(l_3_item, 'name')))
                    yield ',\n        category: Category::'
                    yield str(t_6(environment.getattr(l_3_item, 'category')))
                    yield ',\n        retry: '
                    yield str(t_11(environment.getattr(l_3_item, 'advice')))
                    yield ',\n        code: '
                    yield str(t_10(environment.getattr(l_3_item, 'code')))
                    yield ',\n        message: '
                    yield str(t_10(environment.getattr(l_3_item, 'message')))
                    yield ',\n        note: '
                    yield str(t_10(environment.getattr(l_3_item, 'note')))
                    yield ',\n        undocumented: '
                    yield str(t_10(environment.getattr(l_3_item, 'undocumented')))
                    yield ',\n    },\n'
                l_3_item = missing
                yield '];\n'
        l_2_field = l_2_doc = l_2_items = missing
        if environment.getattr(l_1_domain, 'removed'):
            pass
            yield '\n/// The tombstones of the codes removed from the '
            yield str(environment.getattr(l_1_domain, 'domain'))
            yield " domain, in the catalogue's order.\npub static "
            yield str(t_7(environment.getattr(l_1_domain, 'domain')))
            yield ': [RemovedCode; '
            yield str(t_3(environment.getattr(l_1_domain, 'removed')))
            yield '] = [\n'
            for l_2_dead in environment.getattr(l_1_domain, 'removed'):
                _loop_vars = {}
                pass
                yield '    RemovedCode { domain: Domain::'
                yield str(t_6(environment.getattr(l_1_domain, 'domain')))
                yield ', code: '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ', name: '
                yield str(t_12(environment.getattr(l_2_dead, 'name')))
                yield ', reason: '
                yield str(t_10(environment.getattr(l_2_dead, 'reason')))
                yield ', replaced_by: '
                yield str(t_10(environment.getattr(l_2_dead, 'replaced_by')))
                yield ' },\n'
            l_2_dead = missing
            yield '];\n'
    l_1_loop = l_1_domain = l_1_table = missing

blocks = {}
debug_info = '1=100&12=107&16=109&18=113&21=121&24=125&25=127&26=129&27=133&28=135&33=141&38=143&39=147&51=155&52=159&61=165&63=169&79=175&80=179&81=181&92=188&102=192&104=194&106=198&107=201&108=205&118=213&123=215&126=217&137=220&138=224&141=227&142=231&143=238&144=242&145=244&146=247&148=250&153=258&154=260&155=264&156=267&159=271&161=275&162=277&164=280&165=282&166=288&168=292&169=294&170=296&171=298&172=300&173=302&174=304&175=306&181=311&183=314&184=316&185=320&186=324'
