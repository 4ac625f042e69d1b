# Compiled from the template ErrorCodes.java.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "75a323be43622e7e0c1d5400f725cd3dd59b18c3b98e673a17324bc063d9e75f jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ErrorCodes.java.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_catalog = resolve('catalog')
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
        t_4 = environment.filters['java_entry_literal']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'java_entry_literal' found.")
    try:
        t_5 = environment.filters['java_retry_advice']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'java_retry_advice' found.")
    try:
        t_6 = environment.filters['java_string']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'java_string' found.")
    try:
        t_7 = environment.filters['java_text']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'java_text' found.")
    try:
        t_8 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    template = environment.get_template('_banner.j2', 'ErrorCodes.java.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
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
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 25 in 'ErrorCodes.java.j2' evaluated to false and no else section was defined.")))
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
            yield str((str_join((t_8(l_1_field), '_', t_3(environment.getattr(l_2_domain, 'domain')), )) if environment.getitem(l_2_domain, l_1_field) else 'List.of()'))
            yield ';\n'
        l_2_domain = missing
        yield '        };\n    }\n'
        def t_10(fiter):
            for l_2_domain in fiter:
                if environment.getitem(l_2_domain, l_1_field):
                    yield l_2_domain
        l_2_loop = missing
        for l_2_domain, l_2_loop in LoopContext(t_10(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')), undefined):
            _loop_vars = {}
            pass
            yield '\n    private static final List<UnnumberedError> '
            yield str(t_8(l_1_field))
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
                yield str(t_6(environment.getattr(l_3_item, 'name')))
                yield ', Category.'
                yield str(t_3(environment.getattr(l_3_item, 'category')))
                yield ', '
                yield str(t_5(environment.getattr(l_3_item, 'advice')))
                yield ', '
                yield str(t_7(environment.getattr(l_3_item, 'code')))
                yield ', '
                yield str(t_7(environment.getattr(l_3_item, 'message')))
                yield ', '
                yield str(t_7(environment.getattr(l_3_item, 'note')))
                yield ', '
                yield str(t_7(environment.getattr(l_3_item, 'undocumented')))
                yield ')'
                yield str((',' if (not environment.getattr(l_3_loop, 'last')) else ');'))
                yield '\n'
            l_3_loop = l_3_item = missing
        l_2_loop = l_2_domain = missing
    l_1_loop = l_1_field = l_1_method = l_1_doc = missing
    def t_11(fiter):
        for l_1_domain in fiter:
            if environment.getattr(l_1_domain, 'removed'):
                yield l_1_domain
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(t_11(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains')), undefined):
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
            yield str(t_6(environment.getattr(l_2_dead, 'name')))
            yield ', '
            yield str(t_7(environment.getattr(l_2_dead, 'reason')))
            yield ', '
            yield str(t_7(environment.getattr(l_2_dead, 'replaced_by')))
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
            if (not t_9(environment.getattr(l_2_entry, 'deprecated'))):
                pass
                yield '        /** @deprecated '
                yield str(t_2(environment.getattr(environment.getattr(l_2_entry, 'deprecated'), 'text')))
                yield ' */\n        @Deprecated\n'
            yield '        '
            yield str(environment.getattr(l_2_entry, 'name'))
            yield '('
            yield str(t_4(l_2_entry, environment.getattr(l_1_domain, 'domain')))
            yield ')'
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
debug_info = '1=66&15=73&16=77&24=84&25=88&33=100&34=104&38=111&41=115&42=117&44=119&45=123&49=129&51=138&52=143&53=147&57=168&59=177&60=180&61=184&64=199&65=203&67=206&68=208&69=211&70=214&71=218&73=221&74=224&77=227&82=235&97=237&98=239&102=243&103=245'
