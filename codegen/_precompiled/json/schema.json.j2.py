# Compiled from the template schema.json.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "d43a36ccfbace232237015de1ff82a72f9ef99bcf911f1081e3b0becf4534c91 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'schema.json.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_bundle_schema = resolve('bundle_schema')
    try:
        t_1 = environment.filters['json_document']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'json_document' found.")
    pass
    yield str(t_1((undefined(name='bundle_schema') if l_0_bundle_schema is missing else l_0_bundle_schema)))

blocks = {}
debug_info = '1=18'
