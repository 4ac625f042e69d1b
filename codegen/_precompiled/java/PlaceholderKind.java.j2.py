# Compiled from the template PlaceholderKind.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "c748a85356c90642d47d36967b2bf6f349216370fadd62338b679de4ece44a52 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'PlaceholderKind.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_runtime_source = resolve('runtime_source')
    l_0_constants = missing
    try:
        t_1 = environment.filters['java_constant']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'java_constant' found.")
    try:
        t_2 = environment.filters['java_splice']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'java_splice' found.")
    try:
        t_3 = environment.filters['java_string']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'java_string' found.")
    pass
    template = environment.get_template('_banner.j2', 'PlaceholderKind.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'constants': l_0_constants}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_placeholder_kinds = resolve('placeholder_kinds')
    t_4 = []
    pass
    l_2_loop = missing
    for l_2_kind, l_2_loop in LoopContext((undefined(name='placeholder_kinds') if l_1_placeholder_kinds is missing else l_1_placeholder_kinds), undefined):
        _loop_vars = {}
        pass
        t_4.extend((
            '    /** Values of the kind {@code ',
            str(l_2_kind),
            '}. */\n    ',
            str(t_1(l_2_kind)),
            '(',
            str(t_3(l_2_kind)),
            ')',
            str((',' if (not environment.getattr(l_2_loop, 'last')) else ';')),
            '\n',
        ))
    l_2_loop = l_2_kind = missing
    l_0_constants = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    context.vars['constants'] = l_0_constants
    context.exported_vars.add('constants')
    l_1_placeholder_kinds = missing
    yield str(t_2(context.call((undefined(name='runtime_source') if l_0_runtime_source is missing else l_0_runtime_source), 'PlaceholderKind.java'), (undefined(name='constants') if l_0_constants is missing else l_0_constants)))

blocks = {}
debug_info = '1=31&3=41&4=46&5=48&2=56&8=60'
