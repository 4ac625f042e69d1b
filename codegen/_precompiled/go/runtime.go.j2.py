# Compiled from the template runtime.go.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "2131673c4bc79ce0be74a4a249df55d86877337609f55b50a6dad06c7c7fb95b jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'runtime.go.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_runtime_source = resolve('runtime_source')
    pass
    template = environment.get_template('_banner.j2', 'runtime.go.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    yield str(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), 'runtime.go'))

blocks = {}
debug_info = '1=12&3=19'
