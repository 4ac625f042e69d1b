# Compiled from the template lib.rs.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "2232f39a2fb0b2057e3f1c61ae8f3fc22142eba03deb24cfbf66a46e72d9279e jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'lib.rs.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_example = resolve('example')
    l_0_runtime_modules = resolve('runtime_modules')
    try:
        t_1 = environment.filters['rust_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'rust_string' found.")
    try:
        t_2 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    template = environment.get_template('_banner.j2', 'lib.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield "//! KuCoin REST API error codes: one enum per domain with its catalogue entries as\n//! `'static` data, and the runtime that classifies a raw response. Standard library only.\n//!\n//! ```\n//! use kucoin_errors::{parse_response, Body, Domain, "
    yield str(environment.getattr((undefined(name='example') if l_0_example is missing else l_0_example), 'enum'))
    yield '};\n//!\n//! let code = '
    yield str(environment.getattr((undefined(name='example') if l_0_example is missing else l_0_example), 'enum'))
    yield '::try_from('
    yield str(environment.getattr((undefined(name='example') if l_0_example is missing else l_0_example), 'code'))
    yield ').expect("a code of the catalogue");\n//! assert_eq!(code.info().name, '
    yield str(t_1(environment.getattr((undefined(name='example') if l_0_example is missing else l_0_example), 'name')))
    yield ');\n//! let body = '
    yield str(t_1(environment.getattr((undefined(name='example') if l_0_example is missing else l_0_example), 'body')))
    yield ';\n//! let error = parse_response(Domain::'
    yield str(environment.getattr((undefined(name='example') if l_0_example is missing else l_0_example), 'domain'))
    yield ', 400, Body::Text(body), None).expect("a failure");\n//! assert_eq!(error.entry.map(|entry| entry.code), Some('
    yield str(environment.getattr((undefined(name='example') if l_0_example is missing else l_0_example), 'code'))
    yield '));\n//! ```\n\n#[macro_use]\nmod macros;\n\n#[rustfmt::skip]\npub mod data;\n'
    def t_3(fiter):
        for l_1_module in fiter:
            if (l_1_module != 'macros'):
                yield l_1_module
    for l_1_module in t_3(t_2(environment, (undefined(name='runtime_modules') if l_0_runtime_modules is missing else l_0_runtime_modules))):
        _loop_vars = {}
        pass
        yield 'pub mod '
        yield str(l_1_module)
        yield ';\n'
    l_1_module = missing
    yield '\npub use data::*;\npub use json::Json;\npub use model::{\n    Code, ErrorInfo, KucoinApiError, KucoinErrorInfo, MatchQuality, MessageVariant, Placeholder,\n    RemovedCode, RetryAdvice, TemplatePart, UnknownCode, UnnumberedError,\n};\npub use runtime::{\n    batch_failures, check_response, classify, is_success, lookup, lookup_str, parse_response,\n    parse_ws_message, removed, removed_str, retry_after, retry_after_secs, Body, HeaderValue,\n    Headers,\n};\n'

blocks = {}
debug_info = '1=25&6=32&8=34&9=38&10=40&11=42&12=44&20=46&21=54'
