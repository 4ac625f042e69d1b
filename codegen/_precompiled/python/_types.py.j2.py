# Compiled from the template _types.py.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "39979fd674478a06659421c2aab14b536a30d6a558821372aa85a312897924f7 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_types.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_runtime_source = resolve('runtime_source')
    l_0_literal_aliases = resolve('literal_aliases')
    try:
        t_1 = environment.filters['bracketed_strings']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bracketed_strings' found.")
    pass
    template = environment.get_template('_banner.j2', '_types.py.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield str(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), '_types.py'))
    for (l_1_name, l_1_values, l_1_doc) in (undefined(name='literal_aliases') if l_0_literal_aliases is missing else l_0_literal_aliases):
        _loop_vars = {}
        pass
        yield '\n#: '
        yield str(l_1_doc)
        yield '\n'
        yield str(t_1(l_1_values, str_join((l_1_name, ' = Literal', ))))
        yield '\n'
    l_1_name = l_1_values = l_1_doc = missing

blocks = {}
debug_info = '1=19&2=25&4=30&5=32'
