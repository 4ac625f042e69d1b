# Compiled from the template TemplatePatterns.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "47e7068f44cab8121a8026d1d0498d5e2d841fba2a0d33647d0d93299928ce66 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'TemplatePatterns.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_catalog = resolve('catalog')
    l_0_patterns = missing
    try:
        t_1 = environment.filters['entry_patterns']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'entry_patterns' found.")
    try:
        t_2 = environment.filters['java_constant']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'java_constant' found.")
    try:
        t_3 = environment.filters['java_string']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'java_string' found.")
    pass
    template = environment.get_template('_banner.j2', 'TemplatePatterns.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'patterns': l_0_patterns}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield "package kucoinerrors;\n\nimport java.util.List;\n\n/** The expression each message variant with placeholders matches, once normalised; see codegen/matching.py. */\nfinal class TemplatePatterns {\n    /** A variant's expression: its domain, code, index among the code's variants and the expression. */\n    record TemplatePattern(Domain domain, int code, int variantIndex, String pattern) {\n    }\n\n    /** Every template of the catalogue, by domain and code in catalogue order. */\n    static final List<TemplatePattern> ALL = List.of(\n"
    l_0_patterns = []
    context.vars['patterns'] = l_0_patterns
    context.exported_vars.add('patterns')
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        for l_2_entry in environment.getattr(l_1_domain, 'errors'):
            _loop_vars = {}
            pass
            for (l_3_index, l_3_pattern) in t_1(l_2_entry):
                l_3__ = missing
                _loop_vars = {}
                pass
                l_3__ = context.call(environment.getattr((undefined(name='patterns') if l_0_patterns is missing else l_0_patterns), 'append'), (environment.getattr(l_1_domain, 'domain'), environment.getattr(l_2_entry, 'code'), l_3_index, l_3_pattern), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_index = l_3_pattern = l_3__ = missing
        l_2_entry = missing
    l_1_domain = missing
    l_1_loop = missing
    for (l_1_domain, l_1_code, l_1_index, l_1_pattern), l_1_loop in LoopContext((undefined(name='patterns') if l_0_patterns is missing else l_0_patterns), undefined):
        _loop_vars = {}
        pass
        yield '        new TemplatePattern(Domain.'
        yield str(t_2(l_1_domain))
        yield ', '
        yield str(l_1_code)
        yield ', '
        yield str(l_1_index)
        yield ', '
        yield str(t_3(l_1_pattern))
        yield ')'
        yield str((',' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 23 in 'TemplatePatterns.java.j2' evaluated to false and no else section was defined.")))
        yield '\n'
    l_1_loop = l_1_domain = l_1_code = l_1_index = l_1_pattern = missing
    yield '    );\n\n    private TemplatePatterns() {\n    }\n}\n'

blocks = {}
debug_info = '1=31&14=38&15=41&16=44&17=47&18=51&22=57&23=61'
