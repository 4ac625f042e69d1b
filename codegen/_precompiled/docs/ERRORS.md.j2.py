# Compiled from the template ERRORS.md.j2 by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.
PRECOMPILED_KEY = "946f79e9f470ff83c9916008023c11e36dc7df58af9486873f464d5f48bb7676 jinja2 3.1.6 ('Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\\n', True, True, False, [])"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'ERRORS.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_catalog = resolve('catalog')
    l_0_shared_codes = resolve('shared_codes')
    l_0_taxonomy = resolve('taxonomy')
    l_0_category_actions = resolve('category_actions')
    try:
        t_1 = environment.filters['category_link']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'category_link' found.")
    try:
        t_2 = environment.filters['html_comment']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'html_comment' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['markdown_row']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'markdown_row' found.")
    try:
        t_5 = environment.filters['markdown_text']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'markdown_text' found.")
    try:
        t_6 = environment.filters['replacement_link']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'replacement_link' found.")
    try:
        t_7 = environment.filters['retry_text']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'retry_text' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<!--\n'
    for l_1_line in (undefined(name='header') if l_0_header is missing else l_0_header):
        _loop_vars = {}
        pass
        yield str(t_2(l_1_line))
        yield '\n'
    l_1_line = missing
    yield "-->\n\n# KuCoin error codes\n\nEvery error code of KuCoin's REST API, by domain, as the catalogue records it:\nthe name the bindings use, the category, what a client should do, and every\nmessage KuCoin documents for the code. Placeholders are shown as code\n(`{0}`, `xxx`, `XX`, `XXX-XXX`) followed by the names of their values; a\nmessage that has its own category says so after an arrow. KuCoin sends codes\nas strings in JSON and also sends them with HTTP 200, so the HTTP status is\nadvice, not the key.\n\n"
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        l_1_domain_titles = resolve('domain_titles')
        _loop_vars = {}
        pass
        yield '- ['
        yield str(environment.getitem((undefined(name='domain_titles') if l_1_domain_titles is missing else l_1_domain_titles), environment.getattr(l_1_domain, 'domain')))
        yield '](#domain-'
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield '): '
        yield str(t_3(environment.getattr(l_1_domain, 'errors')))
        yield ' codes\n'
    l_1_domain = l_1_domain_titles = missing
    yield '- [Codes that mean different things in different domains](#codes-that-mean-different-things-in-different-domains)\n- [Categories](#categories), and [which retry actions they call for](#categories-and-retry-actions)\n- [Retry actions](#retry-actions)\n'
    l_1_loop = missing
    for l_1_domain, l_1_loop in LoopContext(environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'), undefined):
        l_1_domain_titles = resolve('domain_titles')
        l_1_reference_tables = resolve('reference_tables')
        l_1_unnumbered_note = missing
        _loop_vars = {}
        pass
        yield '\n<a id="domain-'
        yield str(environment.getattr(l_1_domain, 'domain'))
        yield '"></a>\n## '
        yield str(environment.getitem((undefined(name='domain_titles') if l_1_domain_titles is missing else l_1_domain_titles), environment.getattr(l_1_domain, 'domain')))
        yield '\n\n'
        yield str(t_5(environment.getattr(l_1_domain, 'description')))
        yield ' Success: '
        l_2_loop = missing
        for l_2_code, l_2_loop in LoopContext(environment.getattr(l_1_domain, 'success_codes'), undefined):
            _loop_vars = {}
            pass
            yield '`'
            yield str(l_2_code)
            yield '`'
            yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 28 in 'ERRORS.md.j2' evaluated to false and no else section was defined.")))
        l_2_loop = l_2_code = missing
        yield '.\n'
        for l_2_table in environment.getitem((undefined(name='reference_tables') if l_1_reference_tables is missing else l_1_reference_tables), environment.getattr(l_1_domain, 'domain')):
            _loop_vars = {}
            pass
            yield '\n'
            if (not t_8(environment.getattr(l_2_table, 'title'))):
                pass
                yield '### '
                yield str(environment.getattr(l_2_table, 'title'))
                yield '\n\n'
            yield '| Code | Name | Category | Retry | Messages |\n| ---: | --- | --- | --- | --- |\n'
            for l_3_entry in environment.getattr(l_2_table, 'entries'):
                _loop_vars = {}
                pass
                yield str(t_4(l_3_entry, environment.getattr(l_1_domain, 'domain'), environment.getattr(l_2_table, 'anchored')))
                yield '\n'
            l_3_entry = missing
        l_2_table = missing
        if environment.getattr(l_1_domain, 'removed'):
            pass
            yield "\n### Removed codes\n\nNo longer in the bindings' enums; `removed()` (Python), `removedError()` (TypeScript), `Removed()` (Go), `removed()` (Rust) and `KucoinErrors.removed()` (Java) tell them apart from codes never known.\n\n| Code | Name | Reason | Replaced by |\n| ---: | --- | --- | --- |\n"
            for l_2_dead in environment.getattr(l_1_domain, 'removed'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.getattr(l_2_dead, 'code'))
                yield ' | `'
                yield str(environment.getattr(l_2_dead, 'name'))
                yield '` | '
                yield str((t_5(environment.getattr(l_2_dead, 'reason')) if (not t_8(environment.getattr(l_2_dead, 'reason'))) else ''))
                yield ' | '
                yield str((t_6(environment.getattr(l_2_dead, 'replaced_by')) if (not t_8(environment.getattr(l_2_dead, 'replaced_by'))) else ''))
                yield ' |\n'
            l_2_dead = missing
        def macro(l_2_item):
            t_9 = []
            if l_2_item is missing:
                l_2_item = undefined("parameter 'item' was not provided", name='item')
            pass
            t_9.extend((
                str((t_5(environment.getattr(l_2_item, 'note')) if (not t_8(environment.getattr(l_2_item, 'note'))) else '')),
                str(('<br>' if ((not t_8(environment.getattr(l_2_item, 'note'))) and (not t_8(environment.getattr(l_2_item, 'undocumented')))) else cond_expr_undefined("the inline if-expression on line 54 in 'ERRORS.md.j2' evaluated to false and no else section was defined."))),
            ))
            if (not t_8(environment.getattr(l_2_item, 'undocumented'))):
                pass
                t_9.extend((
                    '*(undocumented; seen in ',
                    str(t_5(environment.getattr(l_2_item, 'undocumented'))),
                    ')*',
                ))
            return concat(t_9)
        l_1_unnumbered_note = Macro(environment, macro, 'unnumbered_note', ('item',), False, False, False, context.eval_ctx.autoescape)
        if environment.getattr(l_1_domain, 'string_codes'):
            pass
            yield "\n### Codes that are not numbers\n\nRead only when the code KuCoin sends is text that is no decimal code, matched exactly as sent (case and spaces count), in this domain and then in the layer it falls back on, before the HTTP status. The classification has no entry (match `unknown`) and carries the code's name.\n\n| Code | Name | Category | Retry | Note |\n| --- | --- | --- | --- | --- |\n"
            for l_2_item in environment.getattr(l_1_domain, 'string_codes'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_5(environment.getattr(l_2_item, 'code')))
                yield ' | `'
                yield str(environment.getattr(l_2_item, 'name'))
                yield '` | '
                yield str(t_1(environment.getattr(l_2_item, 'category')))
                yield ' | '
                yield str(t_7(environment.getattr(l_2_item, 'advice')))
                yield ' | '
                yield str(context.call((undefined(name='unnumbered_note') if l_1_unnumbered_note is missing else l_1_unnumbered_note), l_2_item, _loop_vars=_loop_vars))
                yield ' |\n'
            l_2_item = missing
        if environment.getattr(l_1_domain, 'failures_under_success'):
            pass
            yield "\n### Failures under the success code\n\nA response whose code means success is a failure when its message is one of these (compared as exact texts are: the case of ASCII letters, runs of white space and trailing full stops do not count), after the catalogued texts of the domain; any other message under a success code is a success. The classification has no entry (match `unknown`), keeps the success code and carries the failure's name.\n\n| Message | Name | Category | Retry | Note |\n| --- | --- | --- | --- | --- |\n"
            for l_2_item in environment.getattr(l_1_domain, 'failures_under_success'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(t_5(environment.getattr(l_2_item, 'message')))
                yield ' | `'
                yield str(environment.getattr(l_2_item, 'name'))
                yield '` | '
                yield str(t_1(environment.getattr(l_2_item, 'category')))
                yield ' | '
                yield str(t_7(environment.getattr(l_2_item, 'advice')))
                yield ' | '
                yield str(context.call((undefined(name='unnumbered_note') if l_1_unnumbered_note is missing else l_1_unnumbered_note), l_2_item, _loop_vars=_loop_vars))
                yield ' |\n'
            l_2_item = missing
    l_1_loop = l_1_domain = l_1_domain_titles = l_1_reference_tables = l_1_unnumbered_note = missing
    yield '\n## Codes that mean different things in different domains\n\nThe same number is a different error in each of these domains: look a code up\nin the domain of the endpoint that answered.\n\n| Code |'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        l_1_domain_titles = resolve('domain_titles')
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.getitem((undefined(name='domain_titles') if l_1_domain_titles is missing else l_1_domain_titles), environment.getattr(l_1_domain, 'domain')))
        yield ' |'
    l_1_domain = l_1_domain_titles = missing
    yield '\n| ---: |'
    for l_1_domain in environment.getattr((undefined(name='catalog') if l_0_catalog is missing else l_0_catalog), 'domains'):
        _loop_vars = {}
        pass
        yield ' --- |'
    l_1_domain = missing
    yield '\n'
    for l_1_shared in (undefined(name='shared_codes') if l_0_shared_codes is missing else l_0_shared_codes):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.getattr(l_1_shared, 'code'))
        yield ' |'
        for l_2_entry in environment.getattr(l_1_shared, 'entries'):
            _loop_vars = {}
            pass
            yield ' '
            if (not t_8(l_2_entry)):
                pass
                yield '`'
                yield str(environment.getattr(l_2_entry, 'name'))
                yield '` ('
                yield str(environment.getattr(l_2_entry, 'category'))
                yield ')'
            yield ' |'
        l_2_entry = missing
        yield '\n'
    l_1_shared = missing
    yield '\n## Categories\n\n| Category | Definition | Usual retry action |\n| --- | --- | --- |\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'categories'):
        _loop_vars = {}
        pass
        yield '| <a id="category-'
        yield str(environment.getattr(l_1_term, 'name'))
        yield '"></a>`'
        yield str(environment.getattr(l_1_term, 'name'))
        yield '` | '
        yield str(t_5(environment.getattr(l_1_term, 'description')))
        yield ' | ['
        yield str(environment.getattr(l_1_term, 'usual_retry'))
        yield '](#retry-'
        yield str(environment.getattr(l_1_term, 'usual_retry'))
        yield ') |\n'
    l_1_term = missing
    yield "\n## Categories and retry actions\n\nWhat the catalogue's codes and messages of each category ask a client to do.\n\n```mermaid\nflowchart LR\n"
    for (l_1_category, l_1_action) in (undefined(name='category_actions') if l_0_category_actions is missing else l_0_category_actions):
        _loop_vars = {}
        pass
        yield '  category_'
        yield str(l_1_category)
        yield '["'
        yield str(l_1_category)
        yield '"] --> retry_'
        yield str(l_1_action)
        yield '(["'
        yield str(l_1_action)
        yield '"])\n'
    l_1_category = l_1_action = missing
    yield '```\n\n## Retry actions\n\n| Action | Definition |\n| --- | --- |\n'
    for l_1_term in environment.getattr((undefined(name='taxonomy') if l_0_taxonomy is missing else l_0_taxonomy), 'retry_actions'):
        _loop_vars = {}
        pass
        yield '| <a id="retry-'
        yield str(environment.getattr(l_1_term, 'name'))
        yield '"></a>`'
        yield str(environment.getattr(l_1_term, 'name'))
        yield '` | '
        yield str(t_5(environment.getattr(l_1_term, 'description')))
        yield ' |\n'
    l_1_term = missing

blocks = {}
debug_info = '2=65&3=68&17=72&18=77&23=86&25=93&26=95&28=97&29=109&31=113&32=116&37=119&38=122&41=126&49=129&50=133&53=142&54=148&56=160&64=163&65=167&68=178&76=181&77=185&87=198&88=207&89=213&90=217&97=235&98=239&107=251&108=255&116=265&117=269'
