# Compiled from the template kucoin-errors.txt.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "9123dbaa16757aa4b28e3905da371b73c97e3a77c8b24a55764f298abd27aac1 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'kucoin-errors.txt.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_source_tables = resolve('source_tables')
    l_0_tables = missing
    pass
    l_0_tables = (undefined(name='source_tables') if l_0_source_tables is missing else l_0_source_tables)
    context.vars['tables'] = l_0_tables
    context.exported_vars.add('tables')
    template = environment.get_template('_page_tables.txt.j2', 'kucoin-errors.txt.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'tables': l_0_tables}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=13&2=16'
