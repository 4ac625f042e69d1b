# Compiled from the template ErrorCodes.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "6cd59fc140f9e6a41d88451983fcb29431692a0414072e8a30c6ff0ee8d5802f jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ErrorCodes.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_catalog = resolve('catalog')
    l_0_retry_advice = missing
    try:
        t_1 = environment.filters['enum_class_name']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'enum_class_name' found.")
    try:
        t_2 = environment.filters['java_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'java_comment' found.")
    try:
        t_3 = environment.filters['java_constant']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'java_constant' found.")
    try:
        t_4 = environment.filters['java_string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'java_string' found.")
    try:
        t_5 = environment.filters['java_text']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'java_text' found.")
    try:
        t_6 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_advice):
        t_8 = []
        if l_1_advice is missing:
            l_1_advice = undefined("parameter 'advice' was not provided", name='advice')
        pass
        t_8.extend((
            'new RetryAdvice(RetryAction.',
            str(t_3(environment.getattr(l_1_advice, 'action'))),
            ', ',
            str((('%dL' % environment.getattr(l_1_advice, 'after_ms')) if (not t_7(environment.getattr(l_1_advice, 'after_ms'))) else 'null')),
            ', ',
            str((t_4(environment.getattr(l_1_advice, 'after_header')) if (not t_7(environment.getattr(l_1_advice, 'after_header'))) else 'null')),
            ', ',
            str((environment.getattr(l_1_advice, 'max_attempts') if (not t_7(environment.getattr(l_1_advice, 'max_attempts'))) else 'null')),
            ', ',
            str((str_join(('RetryAction.', t_3(environment.getattr(l_1_advice, 'then')), )) if (not t_7(environment.getattr(l_1_advice, 'then'))) else 'null')),
            ')',
        ))
        return concat(t_8)
    context.exported_vars.add('retry_advice')
    context.vars['retry_advice'] = l_0_retry_advice = Macro(environment, macro, 'retry_advice', ('advice',), False, False, False, context.eval_ctx.autoescape)
    template = environment.get_template('_banner.j2', 'ErrorCodes.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'retry_advice': l_0_retry_advice}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield 'package kucoinerrors;\n\nimport java.util.List;\nimport java.util.Optional;\n\n/** The codes of the catalogue: one enum per domain, each constant carrying its catalogue entry. */\npublic final class ErrorCodes {\n    private ErrorCodes() {\n    }\n\n    /** Every code of {@code domain}, in catalogue order. */\n    public static List<KucoinErrorCode> of(Domain domain) {\n        return switch (domain) {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '            case '
        yield str(t_3(environment.getattr(l_1_domain, 'domain')))
        yield ' -> List.<KucoinErrorCode>of('
        yield str(t_1(environment.getattr(l_1_domain, 'domain')))
        yield '.values());\n'
    l_1_domain = missing
    yield '        };\n    }\n\n    /** The codes that mean success in {@code domain} ({@code 200000}; {@code 200} on some newer margin endpoints). */\n    public static List<Integer> successCodes(Domain domain) {\n        return switch (domain) {\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        _loop_vars = {}
        pass
        yield '            case '
        yield str(t_3(environment.getattr(l_1_domain, 'domain')))
        yield ' -> List.of('
        l_2_loop = missing
        for l_2_code, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'success_codes'), undefined):
            _loop_vars = {}
            pass
            yield str(l_2_code)
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 28 in 'ErrorCodes.java.j2' evaluated to false and no else section was defined.")))
        l_2_loop = l_2_code = missing
        yield ');\n'
    l_1_loop = l_1_domain = missing
    yield '        };\n    }\n\n    /** The tombstones of the codes removed from {@code domain}, in catalogue order. */\n    public static List<RemovedCode> removed(Domain domain) {\n        return switch (domain) {\n'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield '            case '
        yield str(t_3(environment.getattr(l_1_domain, 'domain')))
        yield ' -> '
        yield str((str_join(('REMOVED_', t_3(environment.getattr(l_1_domain, 'domain')), )) if environment.getattr(l_1_domain, 'removed') else 'List.of()'))
        yield ';\n'
    l_1_domain = missing
    yield '        };\n    }\n'
    l_1_loop = missing
    for (l_1_field, l_1_method, l_1_doc), l_1_loop in LoopContext([('string_codes', 'stringCodes', 'The codes of {@code domain} that are not numbers ("order_not_exist"), in catalogue order.'), ('failures_under_success', 'failuresUnderSuccess', 'The messages that make a response of {@code domain} under a success code a failure, in catalogue order.')], undefined):
        _loop_vars = {}
        pass
        yield '\n    /** '
        yield str(l_1_doc)
        yield ' */\n    public static List<UnnumberedError> '
        yield str(l_1_method)
        yield '(Domain domain) {\n        return switch (domain) {\n'
        for l_2_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
            _loop_vars = {}
            pass
            yield '            case '
            yield str(t_3(environment.getattr(l_2_domain, 'domain')))
            yield ' -> '
            yield str((str_join((t_6(l_1_field), '_', t_3(environment.getattr(l_2_domain, 'domain')), )) if environment.getitem(l_2_domain, l_1_field) else 'List.of()'))
            yield ';\n'
        l_2_domain = missing
        yield '        };\n    }\n'
        def t_9(fiter):
            for l_2_domain in fiter:
                if environment.getitem(l_2_domain, l_1_field):
                    yield l_2_domain
        l_2_loop = missing
        for l_2_domain, l_2_loop in LoopContext(t_9(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')), undefined):
            _loop_vars = {}
            pass
            yield '\n    private static final List<UnnumberedError> '
            yield str(t_6(l_1_field))
            yield '_'
            yield str(t_3(environment.getattr(l_2_domain, 'domain')))
            yield ' = List.of(\n'
            l_3_loop = missing
            for l_3_item, l_3_loop in LoopContext(environment.getitem(l_2_domain, l_1_field), undefined):
                _loop_vars = {}
                pass
                yield '            new UnnumberedError(Domain.'
                yield str(t_3(environment.getattr(l_2_domain, 'domain')))
                yield ', '
                yield str(t_4(environment.getattr(l_3_item, 'name')))
                yield ', Category.'
                yield str(t_3(environment.getattr(l_3_item, 'category')))
                yield ', '
                yield str(context.call((undefined(name='retry_advice') if l_0_retry_advice is missing else l_0_retry_advice), environment.getattr(l_3_item, 'advice'), _loop_vars=_loop_vars))
                yield ', '
                yield str(t_5(environment.getattr(l_3_item, 'code')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_item, 'message')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_item, 'note')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_item, 'undocumented')))
                yield ')'
                yield str((',' if (not environment.getattr(l_3_loop, 'last')) else ');'))
                yield '\n'
            l_3_loop = l_3_item = missing
        l_2_loop = l_2_domain = missing
    l_1_loop = l_1_field = l_1_method = l_1_doc = missing
    def t_10(fiter):
        for l_1_domain in fiter:
            if environment.getattr(l_1_domain, 'removed'):
                yield l_1_domain
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(t_10(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')), undefined):
        _loop_vars = {}
        pass
        yield '\n    private static final List<RemovedCode> REMOVED_'
        yield str(t_3(environment.getattr(l_1_domain, 'domain')))
        yield ' = List.of(\n'
        l_2_loop = missing
        for l_2_dead, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'removed'), undefined):
            _loop_vars = {}
            pass
            yield '            new RemovedCode(Domain.'
            yield str(t_3(environment.getattr(l_1_domain, 'domain')))
            yield ', '
            yield str(environment.getattr(l_2_dead, 'code'))
            yield ', '
            yield str(t_4(environment.getattr(l_2_dead, 'name')))
            yield ', '
            yield str(t_5(environment.getattr(l_2_dead, 'reason')))
            yield ', '
            yield str(t_5(environment.getattr(l_2_dead, 'replaced_by')))
            yield ')'
            yield str((',' if (not environment.getattr(l_2_loop, 'last')) else ');'))
            yield '\n'
        l_2_loop = l_2_dead = missing
    l_1_loop = l_1_domain = missing
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        l_1_enum = missing
        _loop_vars = {}
        pass
        l_1_enum = t_1(environment.getattr(l_1_domain, 'domain'))
        _loop_vars['enum'] = l_1_enum
        yield '\n    /** '
        yield str(t_2(environment.getattr(l_1_domain, 'description')))
        yield ' */\n    public enum '
        yield str((undefined(name='enum') if l_1_enum is missing else l_1_enum))
        yield ' implements KucoinErrorCode {\n'
        l_2_loop = missing
        for l_2_entry, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'errors'), undefined):
            _loop_vars = {}
            pass
            for l_3_variant in environment.getattr(l_2_entry, 'variants'):
                _loop_vars = {}
                pass
                yield '        // '
                yield str(t_2(environment.getattr(l_3_variant, 'documented_text')))
                yield '\n'
            l_3_variant = missing
            if (not t_7(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '        /** @deprecated '
                yield str(t_2(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield ' */\n        @Deprecated\n'
            yield '        '
            yield str(environment.getattr(l_2_entry, 'name'))
            yield '(new ErrorInfo(Domain.'
            yield str(t_3(environment.getattr(l_1_domain, 'domain')))
            yield ', '
            yield str(environment.getattr(l_2_entry, 'code'))
            yield ', '
            yield str(t_4(environment.getattr(l_2_entry, 'name')))
            yield ', Category.'
            yield str(t_3(environment.getattr(l_2_entry, 'category')))
            yield ', '
            yield str(context.call((undefined(name='retry_advice') if l_0_retry_advice is missing else l_0_retry_advice), environment.getattr(l_2_entry, 'retry'), _loop_vars=_loop_vars))
            yield ', List.of(\n'
            l_3_loop = missing
            for l_3_variant, l_3_loop in LoopContext(environment.getattr(l_2_entry, 'variants'), undefined):
                _loop_vars = {}
                pass
                yield '                new MessageVariant('
                yield str(t_4(environment.getattr(l_3_variant, 'id')))
                yield ', '
                yield str(t_4(environment.getattr(l_3_variant, 'message')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_variant, 'key')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_variant, 'detail')))
                yield ', List.of('
                l_4_loop = missing
                for l_4_placeholder, l_4_loop in LoopContext(environment.getattr(l_3_variant, 'placeholders'), undefined):
                    _loop_vars = {}
                    pass
                    yield 'new Placeholder('
                    yield str(t_4(environment.getattr(l_4_placeholder, 'token')))
                    yield ', '
                    yield str(t_4(environment.getattr(l_4_placeholder, 'name')))
                    yield ', '
                    yield str((str_join(('PlaceholderKind.', t_3(environment.getattr(l_4_placeholder, 'kind')), )) if (not t_7(environment.getattr(l_4_placeholder, 'kind'))) else 'null'))
                    yield ')'
                    yield str((', ' if (not environment.getattr(l_4_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 83 in 'ErrorCodes.java.j2' evaluated to false and no else section was defined.")))
                l_4_loop = l_4_placeholder = missing
                yield '), '
                yield str((str_join(('Category.', t_3(environment.getattr(l_3_variant, 'category')), )) if (not t_7(environment.getattr(l_3_variant, 'category'))) else 'null'))
                yield ', '
                yield str((context.call((undefined(name='retry_advice') if l_0_retry_advice is missing else l_0_retry_advice), environment.getattr(l_3_variant, 'retry'), _loop_vars=_loop_vars) if (not t_7(environment.getattr(l_3_variant, 'retry'))) else 'null'))
                yield ', '
                yield str(t_5(environment.getattr(l_3_variant, 'note')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_variant, 'review')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_variant, 'detail_separator')))
                yield ', List.of('
                l_4_loop = missing
                for l_4_alias, l_4_loop in LoopContext(environment.getattr(l_3_variant, 'aliases'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_4(l_4_alias))
                    yield str((', ' if (not environment.getattr(l_4_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 85 in 'ErrorCodes.java.j2' evaluated to false and no else section was defined.")))
                l_4_loop = l_4_alias = missing
                yield '), '
                yield str(t_5(environment.getattr(l_3_variant, 'table')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_variant, 'undocumented')))
                yield ', List.of('
                l_4_loop = missing
                for l_4_page, l_4_loop in LoopContext(environment.getattr(l_3_variant, 'pages'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(t_4(l_4_page))
                    yield str((', ' if (not environment.getattr(l_4_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 87 in 'ErrorCodes.java.j2' evaluated to false and no else section was defined.")))
                l_4_loop = l_4_page = missing
                yield '))'
                yield str((',' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 88 in 'ErrorCodes.java.j2' evaluated to false and no else section was defined.")))
                yield '\n'
            l_3_loop = l_3_variant = missing
            yield '            ), '
            yield str((str_join(('MarginScope.', t_3(environment.getattr(l_2_entry, 'scope')), )) if (not t_7(environment.getattr(l_2_entry, 'scope'))) else 'null'))
            yield ', '
            yield str((environment.getattr(l_2_entry, 'http_status') if (not t_7(environment.getattr(l_2_entry, 'http_status'))) else 'null'))
            yield ', '
            yield str(t_5(environment.getattr(l_2_entry, 'note')))
            yield ', '
            yield str(t_5(environment.getattr(l_2_entry, 'review')))
            yield ', '
            yield str(t_5((environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'reason') if (not t_7(environment.getattr(l_2_entry, 'deprecated'))) else None)))
            yield ', '
            yield str(t_5((environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'replaced_by') if (not t_7(environment.getattr(l_2_entry, 'deprecated'))) else None)))
            yield ', '
            yield str(t_5(environment.getattr(l_2_entry, 'undocumented')))
            yield '))'
            yield str((',' if (not environment.getattr(l_2_loop, 'last')) else ';'))
            yield '\n'
        l_2_loop = l_2_entry = missing
        yield '\n        private final ErrorInfo info;\n\n        '
        yield str((undefined(name='enum') if l_1_enum is missing else l_1_enum))
        yield '(ErrorInfo info) {\n            this.info = info;\n        }\n\n        @Override\n        public int code() {\n            return info.code();\n        }\n\n        @Override\n        public ErrorInfo info() {\n            return info;\n        }\n\n        /** The member for {@code code}, or empty when the domain does not have it. */\n        public static Optional<'
        yield str((undefined(name='enum') if l_1_enum is missing else l_1_enum))
        yield '> fromCode(int code) {\n            return KucoinErrors.lookup(Domain.'
        yield str(t_3(environment.getattr(l_1_domain, 'domain')))
        yield ', code).map('
        yield str((undefined(name='enum') if l_1_enum is missing else l_1_enum))
        yield '.class::cast);\n        }\n\n        /** The member for {@code code} in its wire form ({@code "200004"}; not {@code " 200004"} nor {@code "0200004"}), or empty. */\n        public static Optional<'
        yield str((undefined(name='enum') if l_1_enum is missing else l_1_enum))
        yield '> fromCode(String code) {\n            return KucoinErrors.lookup(Domain.'
        yield str(t_3(environment.getattr(l_1_domain, 'domain')))
        yield ', code).map('
        yield str((undefined(name='enum') if l_1_enum is missing else l_1_enum))
        yield '.class::cast);\n        }\n    }\n'
    l_1_loop = l_1_domain = l_1_enum = missing
    yield '}\n'

blocks = {}
debug_info = '1=55&2=62&4=76&18=83&19=87&27=94&28=98&36=110&37=114&41=121&44=125&45=127&47=129&48=133&52=139&54=148&55=153&56=157&60=178&62=187&63=190&64=194&67=209&68=213&70=216&71=218&72=221&73=224&74=228&76=231&77=234&80=237&81=250&82=254&83=263&84=276&85=287&86=294&87=299&88=306&90=310&95=328&110=330&111=332&115=336&116=338'
