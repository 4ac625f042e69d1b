# Compiled from the template Domain.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "3bf582e0ecafa1c133e47c8e05467cb2545168dff34ecea4668335acb0af9e26 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'Domain.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_runtime_source = resolve('runtime_source')
    l_0_constants = missing
    try:
        t_1 = environment.filters['java_comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'java_comment' found.")
    try:
        t_2 = environment.filters['java_constant']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'java_constant' found.")
    try:
        t_3 = environment.filters['java_splice']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'java_splice' found.")
    try:
        t_4 = environment.filters['java_string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'java_string' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    template = environment.get_template('_banner.j2', 'Domain.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'constants': l_0_constants}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_catalog = resolve('catalog')
    t_6 = []
    pass
    l_2_loop = missing
    for l_2_domain, l_2_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_1_catalog is missing else l_1_catalog), 'domains'), undefined):
        _loop_vars = {}
        pass
        t_6.extend((
            '    /** ',
            str(t_1(environment.getattr(l_2_domain, 'description'))),
            ' */\n    ',
            str(t_2(environment.getattr(l_2_domain, 'domain'))),
            '(',
            str(t_4(environment.getattr(l_2_domain, 'domain'))),
            ', ',
            str(t_4(environment.getattr(l_2_domain, 'description'))),
            ', ',
            str((t_4(environment.getattr(l_2_domain, 'fallback')) if (not t_5(environment.getattr(l_2_domain, 'fallback'))) else 'null')),
            ')',
            str((',' if (not environment.getattr(l_2_loop, 'last')) else ';')),
            '\n',
        ))
    l_2_loop = l_2_domain = missing
    l_0_constants = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
    context.vars['constants'] = l_0_constants
    context.exported_vars.add('constants')
    l_1_catalog = missing
    yield str(t_3(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), 'Domain.java'), (undefined(name='constants') if l_0_constants is missing else l_0_constants)))

blocks = {}
debug_info = '1=43&3=53&4=58&5=60&2=72&8=76'
