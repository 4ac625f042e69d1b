# Compiled from the template page.txt.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "f816cb6d4f7652f84dc61ecca52b0a21f5c06a9b646ca920571e6b4c5a9edc7a jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'page.txt.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page_tables = resolve('page_tables')
    l_0_item = resolve('item')
    l_0_tables = missing
    pass
    l_0_tables = environment.getitem((undefined(name='page_tables') if l_0_page_tables is missing else l_0_page_tables), (undefined(name='item') if l_0_item is missing else l_0_item))
    context.vars['tables'] = l_0_tables
    context.exported_vars.add('tables')
    template = environment.get_template('_page_tables.txt.j2', 'page.txt.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'tables': l_0_tables}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=14&2=17'
