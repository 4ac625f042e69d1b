# Compiled from the template _enums.py.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "77c7acdeb5f895c23d6ed54a75e54a3a0c79a85b16d7ab58c8523b6397af91e7 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_enums.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_runtime_source = resolve('runtime_source')
    pass
    template = environment.get_template('_banner.j2', '_enums.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield str(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), '_enums.py'))

blocks = {}
debug_info = '1=12&2=18'
