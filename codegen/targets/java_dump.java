import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kucoinerrors.Category;
import kucoinerrors.Domain;
import kucoinerrors.ErrorCodes;
import kucoinerrors.ErrorInfo;
import kucoinerrors.KucoinErrorCode;
import kucoinerrors.KucoinErrors;
import kucoinerrors.MessageVariant;
import kucoinerrors.MatchQuality;
import kucoinerrors.Placeholder;
import kucoinerrors.RemovedCode;
import kucoinerrors.RetryAction;
import kucoinerrors.RetryAdvice;
import kucoinerrors.UnnumberedError;
import kucoinerrors.Wire;

/**
 * Dumps the compiled Java binding as catalogue data (JSON on stdout), in the shape of codegen.serialize, so that
 * the tests can rebuild the model from it. Run with only the binding on the class path.
 */
final class JavaDump {
    private JavaDump() {
    }

    private static List<Object> unnumbered(List<UnnumberedError> items, Domain domain) {
        List<Object> out = new ArrayList<>();
        for (UnnumberedError item : items) {
            check(item.domain() == domain && item.retry().equals(new RetryAdvice(item.retry().action(), null, null, null, null)),
                  "unnumbered " + item.name());
            Map<String, Object> data = new LinkedHashMap<>();
            putIfSet(data, "code", item.code());
            putIfSet(data, "message", item.message());
            data.put("name", item.name());
            data.put("category", item.category().wireName());
            data.put("retry", item.retry().action().wireName());
            putIfSet(data, "note", item.note());
            putIfSet(data, "undocumented", item.undocumented());
            out.add(data);
        }
        return out;
    }

    public static void main(String[] arguments) {
        List<Object> domains = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("domain", domain.wireName());
            out.put("description", domain.description());
            domain.fallback().ifPresent(fallback -> out.put("fallback", fallback.wireName()));
            out.put("success_codes", ErrorCodes.successCodes(domain));
            List<Object> errors = new ArrayList<>();
            for (KucoinErrorCode member : ErrorCodes.of(domain)) {
                errors.add(entry(member, domain));
            }
            out.put("errors", errors);
            List<Object> removed = new ArrayList<>();
            for (RemovedCode dead : ErrorCodes.removed(domain)) {
                removed.add(tombstone(dead, domain));
            }
            if (!removed.isEmpty()) {
                out.put("removed", removed);
            }
            if (!ErrorCodes.stringCodes(domain).isEmpty()) {
                out.put("string_codes", unnumbered(ErrorCodes.stringCodes(domain), domain));
            }
            if (!ErrorCodes.failuresUnderSuccess(domain).isEmpty()) {
                out.put("failures_under_success", unnumbered(ErrorCodes.failuresUnderSuccess(domain), domain));
            }
            domains.add(out);
        }
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            categories.put(category.wireName(), category.description());
        }
        Map<String, Object> actions = new LinkedHashMap<>();
        for (RetryAction action : RetryAction.values()) {
            actions.put(action.wireName(), action.description());
        }
        Map<String, Object> dump = new LinkedHashMap<>();
        dump.put("domains", domains);
        dump.put("categories", categories);
        dump.put("retry_actions", actions);
        dump.put("hash", Wire.CATALOG_HASH);
        StringBuilder text = new StringBuilder();
        write(text, dump);
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(text);
        stdout.flush();
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("inconsistent binding: " + what);
        }
    }

    private static void retry(RetryAdvice advice, Map<String, Object> into) {
        into.put("retry", advice.action().wireName());
        if (advice.afterMs() != null) {
            into.put("retry_after_ms", advice.afterMs());
        }
        if (advice.afterHeader() != null) {
            into.put("retry_after_header", advice.afterHeader());
        }
        if (advice.maxAttempts() != null) {
            into.put("retry_max_attempts", advice.maxAttempts());
        }
        if (advice.then() != null) {
            into.put("retry_then", advice.then().wireName());
        }
    }

    private static void putIfSet(Map<String, Object> into, String name, Object value) {
        if (value != null) {
            into.put(name, value);
        }
    }

    private static Map<String, Object> variant(MessageVariant variant) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", variant.id());
        putIfSet(out, "key", variant.key());
        out.put("message", variant.message());
        putIfSet(out, "detail", variant.detail());
        putIfSet(out, "detail_separator", variant.detailSeparator());
        if (!variant.aliases().isEmpty()) {
            out.put("aliases", variant.aliases());
        }
        putIfSet(out, "table", variant.table());
        if (!variant.placeholders().isEmpty()) {
            List<Object> placeholders = new ArrayList<>();
            for (Placeholder placeholder : variant.placeholders()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("token", placeholder.token());
                one.put("name", placeholder.name());
                putIfSet(one, "kind", placeholder.kind() == null ? null : placeholder.kind().wireName());
                placeholders.add(one);
            }
            out.put("placeholders", placeholders);
        }
        putIfSet(out, "category", variant.category() == null ? null : variant.category().wireName());
        if (variant.retry() != null) {
            retry(variant.retry(), out);
        }
        putIfSet(out, "note", variant.note());
        putIfSet(out, "review", variant.review());
        putIfSet(out, "undocumented", variant.undocumented());
        if (!variant.pages().isEmpty()) {
            out.put("pages", variant.pages());
        }
        return out;
    }

    private static Map<String, Object> tombstone(RemovedCode dead, Domain domain) {
        check(dead.domain() == domain, domain + " " + dead.name());
        check(KucoinErrors.removed(domain, dead.code()).orElseThrow() == dead, "removed " + dead.code());
        check(KucoinErrors.removed(domain, Integer.toString(dead.code())).orElseThrow() == dead, "removed \"" + dead.code() + "\"");
        check(KucoinErrors.lookup(domain, dead.code()).isEmpty(), "a removed code has no entry: " + dead.code());
        check(KucoinErrors.classify(domain, dead.code(), "").match() == MatchQuality.UNKNOWN
              && KucoinErrors.classify(domain, dead.code(), "").removed() == dead, "classify carries the tombstone of " + dead.code());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", dead.code());
        out.put("name", dead.name());
        putIfSet(out, "reason", dead.reason());
        putIfSet(out, "replaced_by", dead.replacedBy());
        return out;
    }

    private static Map<String, Object> entry(KucoinErrorCode member, Domain domain) {
        ErrorInfo info = member.info();
        check(member.name().equals(info.name()) && member.code() == info.code() && info.domain() == domain, domain + " " + member.name());
        check(KucoinErrors.lookup(domain, member.code()).orElseThrow() == member, "lookup " + member.code());
        check(KucoinErrors.lookup(domain, Integer.toString(member.code())).orElseThrow() == member, "lookup \"" + member.code() + "\"");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", info.code());
        out.put("name", info.name());
        putIfSet(out, "scope", info.scope() == null ? null : info.scope().wireName());
        out.put("category", info.category().wireName());
        retry(info.retry(), out);
        putIfSet(out, "http_status", info.httpStatus());
        putIfSet(out, "note", info.note());
        putIfSet(out, "review", info.review());
        if (info.deprecated() != null) {
            Map<String, Object> deprecated = new LinkedHashMap<>();
            deprecated.put("reason", info.deprecated());
            putIfSet(deprecated, "replaced_by", info.replacedBy());
            out.put("deprecated", deprecated);
        }
        putIfSet(out, "undocumented", info.undocumented());
        List<Object> variants = new ArrayList<>();
        for (MessageVariant variant : info.variants()) {
            variants.add(variant(variant));
        }
        out.put("variants", variants);
        return out;
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            out.append('"');
            for (int index = 0; index < text.length(); index++) {
                char character = text.charAt(index);
                if (character == '"' || character == '\\') {
                    out.append('\\').append(character);
                } else if (character < 0x20 || character > 0x7e) {
                    out.append(String.format("\\u%04x", (int) character));
                } else {
                    out.append(character);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                separator = ",";
                write(out, entry.getKey());
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                separator = ",";
                write(out, item);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}
