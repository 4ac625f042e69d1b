# Compiled from the template UnnumberedError.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "3577bebd5ef973740a0a6629a1b47ed5961adec99b89ceca5041764dfb9e46f5 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'UnnumberedError.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_runtime_source = resolve('runtime_source')
    pass
    template = environment.get_template('_banner.j2', 'UnnumberedError.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield str(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), 'UnnumberedError.java'))

blocks = {}
debug_info = '1=12&2=18'
