# Compiled from the template TemplatePatterns.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "0f5d107d9ec4d76460b639b7d68d57422430c3ed547a5bcb1c5ade06c334eeaf jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'TemplatePatterns.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_catalog = resolve('catalog')
    try:
        t_1 = environment.filters['java_template_patterns']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'java_template_patterns' found.")
    pass
    template = environment.get_template('_banner.j2', 'TemplatePatterns.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield "package kucoinerrors;\n\nimport java.util.List;\n\n/** The expression each message variant with placeholders matches, once normalised; see codegen/matching.py. */\nfinal class TemplatePatterns {\n    /** A variant's expression: its domain, code, index among the code's variants and the expression. */\n    record TemplatePattern(Domain domain, int code, int variantIndex, String pattern) {\n    }\n\n    /** Every template of the catalogue, by domain and code in catalogue order. */\n    static final List<TemplatePattern> ALL = List.of(\n"
    for l_1_items in t_1((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog)):
        _loop_vars = {}
        pass
        yield str(l_1_items)
    l_1_items = missing
    yield '    );\n\n    private TemplatePatterns() {\n    }\n}\n'

blocks = {}
debug_info = '1=18&14=25&15=28'
