# Compiled from the template bundle.json.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "c5930191e556d862b4ffcad4741d0dab30a02edcec9ee464696dd19428f61ef1 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'bundle.json.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_bundle = resolve('bundle')
    try:
        t_1 = environment.filters['json_chunks']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'json_chunks' found.")
    pass
    for l_1_chunk in t_1((undefined(name='bundle') if l_0_bundle is missing else l_0_bundle)):
        _loop_vars = {}
        pass
        yield str(l_1_chunk)
    l_1_chunk = missing

blocks = {}
debug_info = '1=18'
