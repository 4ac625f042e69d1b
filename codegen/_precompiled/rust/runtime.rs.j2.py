# Compiled from the template runtime.rs.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "79a5c98c99d0a90ef805a9a92ce64e163bcb31100b3e64c7f0fd4984169f9382 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'runtime.rs.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_runtime_source = resolve('runtime_source')
    pass
    template = environment.get_template('_banner.j2', 'runtime.rs.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield str(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), 'runtime.rs'))

blocks = {}
debug_info = '1=12&2=18'
