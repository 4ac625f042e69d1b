# Compiled from the template _page_tables.txt.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "78bbdb9378d8b4ea61d2d40bdeb906d6caaabfa09741976383eba62a01eaf3f3 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_page_tables.txt.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_page_title = resolve('page_title')
    l_0_tables = resolve('tables')
    try:
        t_1 = environment.filters['page_rows']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'page_rows' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    for l_1_line in (undefined(name='header') if l_0_header is missing else l_0_header):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    yield '\n'
    yield str((undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))
    yield '\n'
    for l_1_table in (undefined(name='tables') if l_0_tables is missing else l_0_tables):
        _loop_vars = {}
        pass
        yield '\n'
        if (not t_2(environment.getattr(l_1_table, 'heading'))):
            pass
            yield str(environment.getattr(l_1_table, 'heading'))
            yield '\n\n'
        if (not t_2(environment.getattr(l_1_table, 'sentence'))):
            pass
            yield str(environment.getattr(l_1_table, 'sentence'))
            yield '\n\n'
        yield 'Code\tMeaning\n'
        yield str(t_1(environment.getattr(l_1_table, 'rows')))
    l_1_table = missing

blocks = {}
debug_info = '1=26&2=29&5=33&6=35&8=39&9=41&12=43&13=45&17=48'
