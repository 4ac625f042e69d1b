package kucoinerrors;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs response cases (JSON on stdin, as tests/test_responses.py describes them) through the Java binding and prints
 * the outcomes as JSON, in the shape of the Python reference. In the binding's package, to read the cases with its
 * JSON reader.
 */
final class ParseResponses {
    private ParseResponses() {
    }

    public static void main(String[] arguments) throws IOException, Json.NotJson {
        String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        List<?> cases = (List<?>) Json.value(input);
        StringBuilder out = new StringBuilder();
        out.append('[');
        for (int index = 0; index < cases.size(); index++) {
            if (index > 0) {
                out.append(',');
            }
            write(out, decide((Map<?, ?>) cases.get(index)));
        }
        out.append(']');
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(out);
        stdout.flush();
    }

    private static Domain domain(Object name) {
        return Domain.fromWireName((String) name).orElseThrow();
    }

    private static Object decide(Map<?, ?> c) {
        boolean retryGiven = c.containsKey("retry_headers");
        Headers retryHeaders = retryGiven ? headers(c.get("retry_headers"), null) : null;
        if (c.get("classify") instanceof List<?> arguments) {
            Domain domain = domain(arguments.get(0));
            Object code = arguments.get(1);
            String message = (String) arguments.get(2);
            KucoinErrorInfo error = code == null ? KucoinErrors.classify(domain, message)
                : code instanceof String text ? KucoinErrors.classify(domain, text, message)
                : KucoinErrors.classify(domain, ((Double) code).intValue(), message);
            return outcome(error, retryGiven, retryHeaders);
        }
        Domain domain = domain(c.get("domain"));
        Map<?, ?> body = (Map<?, ?>) c.get("body");
        if (Boolean.TRUE.equals(c.get("batch"))) {
            List<BatchFailure> failures = switch (kind(body)) {
                case "bytes" -> KucoinErrors.batchFailures(domain, bytes(body));
                case "json" -> body.get("value") instanceof String text ? KucoinErrors.batchFailures(domain, text) : KucoinErrors.batchFailures(domain, document(body));
                case "none" -> KucoinErrors.batchFailures(domain, (String) null);
                default -> KucoinErrors.batchFailures(domain, (String) body.get("value"));
            };
            List<Object> out = new ArrayList<>();
            for (BatchFailure failure : failures) {
                out.add(List.of(failure.index(), outcome(failure.error(), retryGiven, retryHeaders)));
            }
            return out;
        }
        int status = ((Double) c.get("status")).intValue();
        Headers headers = headers(c.get("headers"), (String) c.get("header_kind"));
        if (Boolean.TRUE.equals(c.get("throw"))) {
            try {
                switch (kind(body)) {
                    case "bytes" -> KucoinErrors.throwForResponse(domain, status, bytes(body), headers);
                    case "json" -> KucoinErrors.throwForResponse(domain, status, document(body), headers);
                    case "none" -> KucoinErrors.throwForResponse(domain, status, (String) null, headers);
                    default -> KucoinErrors.throwForResponse(domain, status, (String) body.get("value"), headers);
                }
            } catch (KucoinApiException error) {
                Map<String, Object> thrown = new LinkedHashMap<>();
                thrown.put("thrown", true);
                thrown.put("text", error.getMessage());
                thrown.put("outcome", outcome(error.info(), false, null));
                return thrown;
            }
            return Map.of("thrown", false);
        }
        var parsed = switch (kind(body)) {
            case "bytes" -> KucoinErrors.parseResponse(domain, status, bytes(body), headers);
            case "json" -> body.get("value") instanceof String text ? KucoinErrors.parseResponse(domain, status, text, headers)
                : KucoinErrors.parseResponse(domain, status, document(body), headers);
            case "none" -> KucoinErrors.parseResponse(domain, status, (String) null, headers);
            default -> KucoinErrors.parseResponse(domain, status, (String) body.get("value"), headers);
        };
        return parsed.isPresent() ? outcome(parsed.get(), retryGiven, retryHeaders) : Map.of("ok", true);
    }

    private static String kind(Map<?, ?> body) {
        String kind = (String) body.get("kind");
        return kind.equals("arraybuffer") || kind.equals("view") ? "bytes" : kind;
    }

    private static byte[] bytes(Map<?, ?> body) {
        return Base64.getDecoder().decode((String) body.get("value"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> document(Map<?, ?> body) {
        Object value = body.get("value");
        return value instanceof Map<?, ?> map ? (Map<String, ?>) map : null;
    }

    /** The headers of a case as a Java client has them: a map, pairs, or none for shapes no Java API gives. */
    @SuppressWarnings("unchecked")
    private static Headers headers(Object headers, String kind) {
        if (headers == null) {
            return null;
        }
        if (headers instanceof Map<?, ?> map) {
            return Headers.of((Map<String, ?>) map);
        }
        if (headers instanceof List<?> list) {
            List<Map.Entry<?, ?>> pairs = new ArrayList<>();
            for (Object pair : list) {
                if (pair instanceof List<?> items && items.size() == 2) {
                    Object name = items.get(0);
                    Object value = items.get(1);
                    if ("bytes".equals(kind) && name instanceof String text) {
                        name = text.getBytes(StandardCharsets.UTF_8);
                        value = value instanceof String valueText ? valueText.getBytes(StandardCharsets.UTF_8) : value;
                    }
                    pairs.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
                }
            }
            return Headers.ofPairs(pairs);
        }
        return Headers.none();
    }

    private static Object ms(OptionalDouble value) {
        return value.isPresent() ? (Object) value.getAsDouble() : null;
    }

    private static Map<String, Object> outcome(KucoinErrorInfo error, boolean retryGiven, Headers retryHeaders) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", false);
        out.put("domain", error.domain().wireName());
        out.put("code", error.code() != null ? error.code() : error.rawCode());
        out.put("message", error.message());
        out.put("http_status", error.httpStatus());
        out.put("match", error.match().wireName());
        out.put("entry", error.entry() == null ? null : List.of(error.entry().domain().wireName(), error.entry().code()));
        out.put("variant", error.variant() == null ? null : error.variant().id());
        if (error.unnumbered() != null) {
            out.put("unnumbered", List.of(error.unnumbered().domain().wireName(), error.unnumbered().name()));
        }
        out.put("values", error.values());
        out.put("category", error.category() == null ? null : error.category().wireName());
        RetryAdvice advice = error.retry();
        if (advice == null) {
            out.put("retry", null);
        } else {
            Map<String, Object> retry = new LinkedHashMap<>();
            retry.put("action", advice.action().wireName());
            retry.put("after_ms", advice.afterMs());
            retry.put("after_header", advice.afterHeader());
            if (advice.maxAttempts() != null) {
                retry.put("max_attempts", advice.maxAttempts());
                retry.put("then", advice.then() == null ? null : advice.then().wireName());
            }
            out.put("retry", retry);
        }
        out.put("retry_after_ms", ms(retryGiven ? KucoinErrors.retryAfterMs(error, retryHeaders, 1) : KucoinErrors.retryAfterMs(error)));
        if (advice != null && advice.maxAttempts() != null) {
            List<Object> byAttempts = new ArrayList<>();
            for (int attempts : new int[] {1, 2, 3, 10}) {
                byAttempts.add(ms(KucoinErrors.retryAfterMs(error, retryGiven ? retryHeaders : null, attempts)));
            }
            out.put("retry_after_ms_by_attempts", byAttempts);
        }
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
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, entry.getKey());
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int index = 0; index < list.size(); index++) {
                if (index > 0) {
                    out.append(',');
                }
                write(out, list.get(index));
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

}
