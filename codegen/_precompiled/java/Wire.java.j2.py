# Compiled from the template Wire.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "959ace2f3b7b6152559a370ddeb51810a656590e3575da6fd5b03a096b7c2e8b jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Wire.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content_hash = resolve('content_hash')
    l_0_wire_constants = resolve('wire_constants')
    try:
        t_1 = environment.filters['java_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'java_string' found.")
    pass
    template = environment.get_template('_banner.j2', 'Wire.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield "package kucoinerrors;\n\nimport java.util.List;\nimport java.util.Map;\n\n/** The wire constants every binding of the catalogue shares (codegen/wire.py), and the catalogue's hash. */\npublic final class Wire {\n    /** sha256 of the catalogue these bindings were generated from. */\n    public static final String CATALOG_HASH = "
    yield str(t_1((undefined(name='content_hash') if l_0_content_hash is missing else l_0_content_hash)))
    yield ';\n'
    for (l_1_name, l_1_type, l_1_value) in (undefined(name='wire_constants') if l_0_wire_constants is missing else l_0_wire_constants):
        _loop_vars = {}
        pass
        yield '    /** '
        yield str(l_1_name)
        yield ' of codegen/wire.py. */\n    public static final '
        yield str(l_1_type)
        yield ' '
        yield str(l_1_name)
        yield ' = '
        yield str(l_1_value)
        yield ';\n'
    l_1_name = l_1_type = l_1_value = missing
    yield '\n    private Wire() {\n    }\n}\n'

blocks = {}
debug_info = '1=19&10=26&11=28&12=32&13=34'
