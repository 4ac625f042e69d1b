package kucoinerrors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** From a raw KuCoin response to a classified error: lookup, message matching, response parsing and retry advice. */
public final class KucoinErrors {
    private KucoinErrors() {
    }

    /** The member for {@code code} in {@code domain}, or empty when the catalogue does not know it. */
    public static Optional<KucoinErrorCode> lookup(Domain domain, int code) {
        Matching.CodeMatcher matcher = Matching.MATCHERS.get(domain).get(code);
        return matcher == null ? Optional.empty() : Optional.of(member(matcher.entry()));
    }

    /** The member for {@code code} in its wire form ({@code "200004"}; not {@code " 200004"} nor {@code "0200004"}), or empty. */
    public static Optional<KucoinErrorCode> lookup(Domain domain, String code) {
        Integer parsed = Matching.canonicalCode(code);
        return parsed == null ? Optional.empty() : lookup(domain, parsed);
    }

    /**
     * The tombstone of {@code code} removed from {@code domain}, or empty when it was never removed there. {@code lookup} is
     * empty for a removed code as for one never known: this tells them apart and names the replacement.
     */
    public static Optional<RemovedCode> removed(Domain domain, int code) {
        for (RemovedCode dead : ErrorCodes.removed(domain)) {
            if (dead.code() == code) {
                return Optional.of(dead);
            }
        }
        return Optional.empty();
    }

    /** The tombstone of {@code code} in its wire form ({@code "200004"}; not {@code " 200004"} nor {@code "0200004"}), or empty. */
    public static Optional<RemovedCode> removed(Domain domain, String code) {
        Integer parsed = Matching.canonicalCode(code);
        return parsed == null ? Optional.empty() : removed(domain, parsed);
    }

    private static KucoinErrorCode member(ErrorInfo entry) {
        for (KucoinErrorCode member : ErrorCodes.of(entry.domain())) {
            if (member.info() == entry) {
                return member;
            }
        }
        throw new IllegalStateException("no member for " + entry.name());
    }

    /** True when {@code code} means success in {@code domain}. */
    public static boolean isSuccess(Domain domain, int code) {
        return ErrorCodes.successCodes(domain).contains(code);
    }

    /** True when {@code code} ({@code "200000"}, only in that form) means success in {@code domain}. */
    public static boolean isSuccess(Domain domain, String code) {
        Integer parsed = Matching.canonicalCode(code);
        return parsed != null && isSuccess(domain, parsed);
    }

    /**
     * Match a code and message against the catalogue: the entry, the variant and its placeholder values.
     * Both compare normalised texts: runs of white space count as one space, and white space at either end,
     * trailing full stops and the case of ASCII letters do not count.
     */
    public static KucoinErrorInfo classify(Domain domain, int code, String message) {
        return classify(domain, (Object) code, message, null, null);
    }

    /** {@link #classify(Domain, int, String)} for a code as KuCoin sent it in a string ({@code "200004"}). */
    public static KucoinErrorInfo classify(Domain domain, String code, String message) {
        return classify(domain, code == null || code.isEmpty() ? null : (Object) code, message, null, null);
    }

    /** {@link #classify(Domain, int, String)} for a message without a code: its text names the code. */
    public static KucoinErrorInfo classify(Domain domain, String message) {
        return classify(domain, (Object) null, message, null, null);
    }

    private static KucoinErrorInfo errorInfo(Domain domain, Object code, String message, MatchQuality match, Integer httpStatus, ErrorInfo entry,
                                             MessageVariant variant, Map<String, String> values, Category category, RetryAdvice retry, Double resetMs,
                                             RemovedCode removed) {
        Integer integer = code instanceof Integer number ? number : null;
        String raw = code instanceof String text ? text : null;
        return new KucoinErrorInfo(domain, integer, raw, message, match, httpStatus, entry, variant, values, category, retry, resetMs, removed,
                                   null);
    }

    /** The failure a listed string code or message names, in the domain (or layer) that lists it. */
    private static KucoinErrorInfo unnumberedInfo(Object code, String message, Integer httpStatus, Double resetMs, UnnumberedError item) {
        Integer integer = code instanceof Integer number ? number : null;
        String raw = code instanceof String text ? text : null;
        return new KucoinErrorInfo(item.domain(), integer, raw, message, MatchQuality.UNKNOWN, httpStatus, null, null, Map.of(), item.category(),
                                   item.retry(), resetMs, null, item);
    }

    /** The catalogued code that is not a number, exactly as sent, in the domain or the layer it falls back on. */
    private static UnnumberedError stringCode(Domain domain, String code) {
        for (Domain layer : Matching.layers(domain)) {
            for (UnnumberedError item : ErrorCodes.stringCodes(layer)) {
                if (item.code().equals(code)) {
                    return item;
                }
            }
        }
        return null;
    }

    /** The failure a message under a success code names, compared as exact matches are: in the domain, then its fallback. */
    private static UnnumberedError failureUnderSuccess(Domain domain, String message) {
        if (message.isEmpty()) {
            return null;
        }
        String folded = Matching.fold(Matching.normalise(message));
        for (Domain layer : Matching.layers(domain)) {
            for (UnnumberedError item : ErrorCodes.failuresUnderSuccess(layer)) {
                if (Matching.fold(Matching.normalise(item.message())).equals(folded)) {
                    return item;
                }
            }
        }
        return null;
    }

    /** The tombstone of {@code code} in the domain or the layer it falls back on, if the code was removed there. */
    private static RemovedCode removedIn(Domain domain, Object code) {
        Integer integer = code instanceof Integer number ? number : code instanceof String text ? Matching.canonicalCode(text) : null;
        if (integer == null) {
            return null;
        }
        for (Domain layer : Matching.layers(domain)) {
            Optional<RemovedCode> dead = removed(layer, integer);
            if (dead.isPresent()) {
                return dead.get();
            }
        }
        return null;
    }

    private static Category statusCategory(Integer httpStatus) {
        if (httpStatus == null) {
            return null;
        }
        Optional<KucoinErrorCode> member = Domain.fromWireName(Wire.STATUS_DOMAIN).flatMap(domain -> lookup(domain, httpStatus));
        if (member.isPresent()) {
            return member.get().info().category();
        }
        if (httpStatus == 429) {
            return Category.RATE_LIMITED;
        }
        if (httpStatus == 408 || httpStatus == 504) {
            return Category.NETWORK_TIMEOUT;
        }
        return httpStatus >= 500 && httpStatus <= 599 ? Category.EXCHANGE_UNAVAILABLE : null;
    }

    private static RetryAdvice statusRetry(Integer httpStatus) {
        if (httpStatus == null) {
            return null;
        }
        Optional<KucoinErrorCode> member = Domain.fromWireName(Wire.STATUS_DOMAIN).flatMap(domain -> lookup(domain, httpStatus));
        if (member.isPresent()) {
            return member.get().info().retry();
        }
        if (httpStatus == 429) {
            return new RetryAdvice(RetryAction.WAIT, null, Wire.RATE_LIMIT_RESET_HEADER, null, null);
        }
        if (httpStatus == 408 || httpStatus == 504) {
            // A timeout: a write may have taken effect.
            return new RetryAdvice(RetryAction.CHECK_STATE, null, null, null, null);
        }
        // A server or proxy failed after the request may have reached the service: look a write up first.
        return httpStatus >= 500 && httpStatus <= 599 ? new RetryAdvice(RetryAction.CHECK_STATE, null, null, null, null) : null;
    }

    private static Matching.CodeMatcher matcherOf(Domain layer, Object code) {
        Integer integer = code instanceof Integer number ? number : Matching.canonicalCode((String) code);
        return integer == null ? null : Matching.MATCHERS.get(layer).get(integer);
    }

    static KucoinErrorInfo classify(Domain domain, Object code, String message, Integer httpStatus, Double resetMs) {
        String normalised = Matching.normalise(message);
        String folded = Matching.fold(normalised);
        if (code == null) {
            // Batch items may carry a message without a code: its text names one.
            code = Matching.codeNamedBy(domain, normalised, folded);
        }
        List<Matching.CodeMatcher> found = new ArrayList<>(2);
        if (code != null) {
            for (Domain layer : Matching.layers(domain)) {
                Matching.CodeMatcher matcher = matcherOf(layer, code);
                if (matcher != null) {
                    found.add(matcher);
                }
            }
        }
        if (found.isEmpty() && code instanceof Integer integer && Wire.GATEWAY_CODES.containsKey(integer)) {
            // KuCoin documents these in one table, and sends them for every API.
            Optional<Domain> table = Domain.fromWireName(Wire.GATEWAY_CODES.get(integer));
            Matching.CodeMatcher matcher = table.isPresent() ? Matching.MATCHERS.get(table.get()).get(integer) : null;
            if (matcher != null) {
                found.add(matcher);
            }
        }
        if (found.isEmpty() && code instanceof String raw && Matching.canonicalCode(raw) == null) {
            // A code that is not a number, which the catalogue lists: before the HTTP status.
            UnnumberedError item = stringCode(domain, raw);
            if (item != null) {
                return unnumberedInfo(code, message, httpStatus, resetMs, item);
            }
        }
        if (found.isEmpty()) {
            return errorInfo(domain, code, message, MatchQuality.UNKNOWN, httpStatus, null, null, Map.of(), statusCategory(httpStatus),
                             statusRetry(httpStatus), resetMs, removedIn(domain, code));
        }
        // The domain's entry, then its fallback's; where both define the code, the one whose message matches decides.
        Matching.CodeMatcher matcher = found.get(0);
        Matching.Match match = Matching.match(matcher, normalised, folded);
        for (Matching.CodeMatcher other : found.subList(1, found.size())) {
            if (match.quality() != MatchQuality.CODE_ONLY) {
                break;
            }
            Matching.Match otherMatch = Matching.match(other, normalised, folded);
            if (otherMatch.quality() != MatchQuality.CODE_ONLY) {
                matcher = other;
                match = otherMatch;
            }
        }
        ErrorInfo entry = matcher.entry();
        MessageVariant variant = match.variant();
        Category category = variant != null && variant.category() != null ? variant.category() : entry.category();
        RetryAdvice retry = variant != null && variant.retry() != null ? variant.retry() : entry.retry();
        return errorInfo(entry.domain(), entry.code(), message, match.quality(), httpStatus, entry, variant, match.values(), category, retry, resetMs,
                         null);
    }

    // Responses: from a raw KuCoin response to a classified error.

    /** {@code number} as JavaScript's {@code String()} writes it ("200004.5", "1e+21", "Infinity"), so every binding keeps an odd code alike. */
    static String numberText(double number) {
        if (Double.isNaN(number)) {
            return "NaN";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "Infinity" : "-Infinity";
        }
        if (number == 0) {
            return "0";
        }
        // The shortest digits that read back as the number, as JavaScript gives them; value = 0.digits * 10**point.
        BigDecimal exact = new BigDecimal(Math.abs(number));
        BigDecimal shortest = exact;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == Math.abs(number)) {
                shortest = rounded;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int point = digits.length() - shortest.scale();
        String sign = number < 0 ? "-" : "";
        if (digits.length() <= point && point <= 21) {
            return sign + digits + "0".repeat(point - digits.length());
        }
        if (0 < point && point <= 21) {
            return sign + digits.substring(0, point) + "." + digits.substring(point);
        }
        if (-6 < point && point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        String fraction = digits.length() > 1 ? "." + digits.substring(1) : "";
        return sign + digits.charAt(0) + fraction + "e" + (point > 0 ? "+" : "-") + Math.abs(point - 1);
    }

    /** The code as KuCoin sent it: an Integer for a whole number in 1..MAX_CODE, else the raw String, null when absent. */
    static Object wireCode(Object raw) {
        if (raw instanceof String text) {
            if (text.isEmpty()) {
                return null;
            }
            boolean digits = text.length() <= 10 && text.charAt(0) != '0' && text.chars().allMatch(c -> c >= '0' && c <= '9');
            if (digits) {
                long value = Long.parseLong(text);
                return value <= Wire.MAX_CODE ? (Object) (int) value : text;
            }
            return text;
        }
        double number;
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            long value = ((Number) raw).longValue();
            if (value > 0 && value <= Wire.MAX_CODE) {
                return (int) value;
            }
            number = value;
        } else if (raw instanceof BigInteger big) {
            if (big.signum() > 0 && big.compareTo(BigInteger.valueOf(Wire.MAX_CODE)) <= 0) {
                return big.intValue();
            }
            number = big.doubleValue();
        } else if (raw instanceof Number other) {
            number = other.doubleValue();
        } else {
            return null;
        }
        if (number == Math.rint(number) && number > 0 && number <= Wire.MAX_CODE) {
            return (int) number;
        }
        return numberText(number);
    }

    private static String textOf(Object value) {
        return value instanceof String text ? text : "";
    }

    private static String messageOf(Map<?, ?> document, String first, String second) {
        String message = textOf(document.get(first));
        return message.isEmpty() ? textOf(document.get(second)) : message;
    }

    /** The document of a body already decoded: a map with string keys, else none. */
    private static Map<?, ?> asMap(Object value) {
        return value instanceof Map<?, ?> map ? map : null;
    }

    private static boolean isSuccessCode(Domain domain, Object code) {
        return code instanceof Integer integer ? isSuccess(domain, integer) : isSuccess(domain, (String) code);
    }

    private static KucoinErrorInfo parse(Domain domain, int status, Map<?, ?> document, String text, Headers headers) {
        Object code;
        String message;
        if (document != null) {
            code = wireCode(document.get("code"));
            if (Boolean.TRUE.equals(document.get("success")) || (code != null && isSuccessCode(domain, code))) {
                // A failure can come under the success code ("Position does not exist"): its exact text names it,
                // a catalogued entry's text first, then a message the domain lists as a failure under success.
                message = messageOf(document, "msg", "message");
                Object wire = code;
                code = Matching.codeOfExactText(domain, message);
                if (code == null) {
                    UnnumberedError failure = failureUnderSuccess(domain, message);
                    Double resetMs = headers == null ? null : headers.milliseconds(Wire.RATE_LIMIT_RESET_HEADER);
                    return failure == null ? null : unnumberedInfo(wire, message, status, resetMs, failure);
                }
            }
            if (code == null && status >= 200 && status <= 299 && document.containsKey("data")) {
                return null;
            }
            message = messageOf(document, "msg", "message");
        } else {
            code = Text.namesError1015(text) && Text.saysRateLimited(text) ? (Object) 1015 : null;
            message = Text.firstCodePoints(Text.trimWhitespace(text), Wire.MESSAGE_LIMIT);
        }
        Double resetMs = headers == null ? null : headers.milliseconds(Wire.RATE_LIMIT_RESET_HEADER);
        return classify(domain, code, message, status, resetMs);
    }

    /**
     * Empty when a KuCoin response is a success, else the classified error; never throws on wire data.
     * KuCoin sends error codes with any HTTP status, so the body decides; the status only fills in when the body
     * carries no code (an empty, truncated or HTML body). The rate-limit reset header is kept for {@link #retryAfterMs}.
     *
     * @param domain the API the response is from
     * @param status the HTTP status
     * @param body the body as text, or null for none
     * @param headers the response headers, or null
     */
    public static Optional<KucoinErrorInfo> parseResponse(Domain domain, int status, String body, Headers headers) {
        String text = Text.withoutByteOrderMark(body == null ? "" : body);
        return Optional.ofNullable(parse(domain, status, Json.object(text), text, headers));
    }

    /** {@link #parseResponse(Domain, int, String, Headers)} for the body's bytes, read as UTF-8 (invalid bytes as U+FFFD). */
    public static Optional<KucoinErrorInfo> parseResponse(Domain domain, int status, byte[] body, Headers headers) {
        return parseResponse(domain, status, body == null ? null : Text.decodeUtf8(body), headers);
    }

    /** {@link #parseResponse(Domain, int, String, Headers)} for a body already decoded into a map (as a JSON library gives it). */
    public static Optional<KucoinErrorInfo> parseResponse(Domain domain, int status, Map<String, ?> document, Headers headers) {
        return Optional.ofNullable(parse(domain, status, document, "", headers));
    }

    /** Throw a {@link KucoinApiException} when the response is a failure (its text as bytes). */
    public static void throwForResponse(Domain domain, int status, byte[] body, Headers headers) {
        throwFor(parseResponse(domain, status, body, headers));
    }

    /** Throw a {@link KucoinApiException} when the response is a failure. */
    public static void throwForResponse(Domain domain, int status, String body, Headers headers) {
        throwFor(parseResponse(domain, status, body, headers));
    }

    /** Throw a {@link KucoinApiException} when the response is a failure (its body already decoded). */
    public static void throwForResponse(Domain domain, int status, Map<String, ?> document, Headers headers) {
        throwFor(parseResponse(domain, status, document, headers));
    }

    private static void throwFor(Optional<KucoinErrorInfo> error) {
        if (error.isPresent()) {
            throw new KucoinApiException(error.get());
        }
    }

    /**
     * Empty unless a websocket frame is an error, else the error classified in the websocket domain; never throws on
     * wire data. An error frame is {@code {"type": "error", "code": 509, "data": "exceed max permits per second"}}.
     *
     * @throws IllegalStateException when the catalogue has no websocket domain
     */
    public static Optional<KucoinErrorInfo> parseWsMessage(String frame) {
        Domain websocket = Domain.fromWireName(Wire.WEBSOCKET_DOMAIN).orElseThrow(() -> new IllegalStateException("the catalogue has no websocket domain"));
        Map<String, Object> document = Json.object(Text.withoutByteOrderMark(frame));
        if (document == null || !"error".equals(document.get("type"))) {
            return Optional.empty();
        }
        return Optional.of(classify(websocket, wireCode(document.get("code")), messageOf(document, "data", "msg"), null, null));
    }

    /** {@link #parseWsMessage(String)} for the frame's bytes. */
    public static Optional<KucoinErrorInfo> parseWsMessage(byte[] frame) {
        return parseWsMessage(Text.decodeUtf8(frame));
    }

    /** Milliseconds to wait before retrying, from the response's own headers; empty when retrying will not help. */
    public static OptionalDouble retryAfterMs(KucoinErrorInfo error) {
        return retryAfterMs(error, null, 1);
    }

    /**
     * Milliseconds to wait before retrying, or empty when retrying will not help: also for {@code check_state} and once
     * {@code attempts} (how many times the request was sent) reaches the advice's {@code maxAttempts}; then follow
     * {@code retry.then}. In order: the header the advice names ({@code afterHeader}), read from {@code headers} or,
     * when they are null, from the response; the catalogue's block time ({@code afterMs}); the category's default delay.
     */
    public static OptionalDouble retryAfterMs(KucoinErrorInfo error, Headers headers, int attempts) {
        RetryAdvice advice = error.retry();
        if (advice == null || !advice.retryable() || (advice.maxAttempts() != null && attempts >= advice.maxAttempts())) {
            return OptionalDouble.empty();
        }
        if (advice.afterHeader() != null) {
            Double named;
            if (headers != null) {
                named = headers.milliseconds(advice.afterHeader());
            } else {
                named = advice.afterHeader().equals(Wire.RATE_LIMIT_RESET_HEADER) ? error.resetMs() : null;
            }
            if (named != null) {
                return OptionalDouble.of(named);
            }
        }
        if (advice.afterMs() != null) {
            return OptionalDouble.of(advice.afterMs());
        }
        Category category = error.category();
        if (category != null && category.defaultRetryDelayMs().isPresent()) {
            return OptionalDouble.of(category.defaultRetryDelayMs().getAsLong());
        }
        return OptionalDouble.of(Wire.FALLBACK_RETRY_DELAY_MS);
    }

    /** The failed items of a batch response ({@code "200000"} outside, failures inside {@code data}), by index. */
    public static List<BatchFailure> batchFailures(Domain domain, String body) {
        return failures(domain, Json.object(Text.withoutByteOrderMark(body == null ? "" : body)));
    }

    /** {@link #batchFailures(Domain, String)} for the body's bytes. */
    public static List<BatchFailure> batchFailures(Domain domain, byte[] body) {
        return batchFailures(domain, body == null ? null : Text.decodeUtf8(body));
    }

    /** {@link #batchFailures(Domain, String)} for a body already decoded into a map. */
    public static List<BatchFailure> batchFailures(Domain domain, Map<String, ?> document) {
        return failures(domain, document);
    }

    private static List<BatchFailure> failures(Domain domain, Map<?, ?> document) {
        Object data = document == null ? null : document.get("data");
        Map<?, ?> wrapper = asMap(data);
        if (wrapper != null) {
            data = wrapper.get("data");
            if (!(data instanceof List<?>)) {
                data = wrapper.get("items");
            }
        }
        List<BatchFailure> failures = new ArrayList<>();
        if (!(data instanceof List<?> items)) {
            return failures;
        }
        for (int index = 0; index < items.size(); index++) {
            Map<?, ?> item = asMap(items.get(index));
            if (item == null) {
                continue;
            }
            Object code = wireCode(item.get("code"));
            boolean failed = Boolean.FALSE.equals(item.get("success")) || "fail".equals(item.get("status")) || (code != null && !isSuccessCode(domain, code));
            if (failed) {
                failures.add(new BatchFailure(index, classify(domain, code, messageOf(item, "failMsg", "msg"), null, null)));
            }
        }
        return failures;
    }
}
