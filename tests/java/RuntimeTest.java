package kucoinerrors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import kucoinerrors.ErrorCodes.SpotErrorCode;

/**
 * Unit tests of the Java runtime (runtime/java/), run against the package generated from the real catalogue: a
 * plain main that runs every test, prints each failure and exits 1 when any failed. In the package, to reach the
 * package-private JSON reader, text helpers and matching.
 */
final class RuntimeTest {
    private static final List<String> FAILURES = new ArrayList<>();
    private static int checks;

    private RuntimeTest() {
    }

    private static void check(String what, Object actual, Object expected) {
        checks++;
        if (!Objects.equals(actual, expected)) {
            FAILURES.add(what + ": got " + actual + ", expected " + expected);
        }
    }

    private static Object jsonField(String text, String field) {
        Map<String, Object> document = Json.object(text);
        return document == null ? "<not JSON>" : document.get(field);
    }

    private static String nested(int arrays) {
        return "{\"a\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
    }

    static void jsonIsReadAsPythonReadsIt() {
        check("the last duplicate key wins", jsonField("{\"a\":1,\"a\":2}", "a"), 2.0);
        check("integers are doubles", jsonField("{\"a\":200004}", "a"), 200004.0);
        check("a number beyond a double is infinite", jsonField("{\"a\":1e400}", "a"), Double.POSITIVE_INFINITY);
        check("minus zero", jsonField("{\"a\":-0}", "a"), -0.0);
        check("NaN is not JSON", jsonField("{\"a\":NaN}", "a"), "<not JSON>");
        check("-Infinity is not JSON", jsonField("{\"a\":-Infinity}", "a"), "<not JSON>");
        check("a control character in a string is not JSON", jsonField("{\"a\":\"x\u0001\"}", "a"), "<not JSON>");
        check("escaped surrogate pairs join", jsonField("{\"a\":\"\\ud83d\\ude80\"}", "a"), "\ud83d\ude80");
        check("a lone escaped surrogate stays", jsonField("{\"a\":\"\\ud800x\"}", "a"), "\ud800x");
        check("escapes", jsonField("{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"}", "a"), "\"\\/\b\f\n\r\t\u00e9");
        check("an unknown escape is not JSON", jsonField("{\"a\":\"\\x41\"}", "a"), "<not JSON>");
        check("text after the object is not JSON", jsonField("{\"a\":1} x", "a"), "<not JSON>");
        check("white space around the object is", jsonField(" \r\n{\"a\":1}\t\n", "a"), 1.0);
        check("an array is no object", Json.object("[1]"), null);
        check("a leading zero is not JSON", jsonField("{\"a\":01}", "a"), "<not JSON>");
        check("a bare point is not JSON", jsonField("{\"a\":1.}", "a"), "<not JSON>");
        check("a trailing comma is not JSON", jsonField("{\"a\":1,}", "a"), "<not JSON>");
        check("a key must be a string", jsonField("{a:1}", "a"), "<not JSON>");
        check("literals", jsonField("{\"a\":[true,false,null]}", "a"), java.util.Arrays.asList(true, false, null));
        check("a null value is present", Json.object("{\"data\":null}").containsKey("data"), true);
        check("100 levels nest", jsonField(nested(99), "a") instanceof List<?>, true);
        check("101 levels are too deep", jsonField(nested(100), "a"), "<not JSON>");
        check("100 levels and brackets beside them", jsonField("{\"a\":" + "[".repeat(99) + "]".repeat(99) + ",\"x\":[]}", "x"), List.of());
        check("brackets in strings do not nest", jsonField("{\"a\":\"" + "[".repeat(200) + "\"}", "a"), "[".repeat(200));
        check("50,000 levels do not overflow the stack", Json.object(nested(50_000)), null);
    }

    private static Object jsonValue(String text) {
        try {
            return Json.value(text);
        } catch (Json.NotJson notJson) {
            return "<not JSON>";
        }
    }

    static void jsonSyntaxEdgesAreDecidedAsPythonDecidesThem() {
        check("a one-digit number", jsonField("{\"a\":1}", "a"), 1.0);
        check("a nine", jsonField("{\"a\":9}", "a"), 9.0);
        check("an exponent", jsonField("{\"a\":1.5e-1,\"b\":1E+2}", "b"), 100.0);
        check("an exponent without digits is not JSON", jsonField("{\"a\":1e}", "a"), "<not JSON>");
        check("hex escapes in either case", jsonField("{\"a\":\"\\u00a9\\u00A9\\u0041\"}", "a"), "\u00a9\u00a9A");
        check("a non-hex digit in an escape is not JSON", jsonField("{\"a\":\"\\u12G4\"}", "a"), "<not JSON>");
        check("an escape cut short at the end is not JSON", Json.object("{\"a\":\"\\u123"), null);
        check("a string cut short at the end is not JSON", Json.object("{\"a\":\"abc"), null);
        check("a value missing at the end is not JSON", Json.object("{\"a\":"), null);
        check("an object cut short after a value is not JSON", Json.object("{\"a\":1"), null);
        check("members without a comma are not JSON", Json.object("{\"a\":1x\"b\":2}"), null);
        check("a value with space after it", jsonValue("1 "), 1.0);
        check("a value with text after it is not JSON", jsonValue("1 x"), "<not JSON>");
        String brackets = "[".repeat(150);
        check("an empty string before a string of brackets", jsonField("{\"\":\"\",\"b\":\"" + brackets + "\"}", "b"), brackets);
        check("an escaped quote before a string of brackets", jsonField("{\"q\":\"\\\"[\",\"b\":\"" + brackets + "\"}", "b"), brackets);
        String zeros = "0,".repeat(60) + "0";
        check("only brackets nest, not what is between them",
                jsonField("{\"a\":\"" + brackets + "\",\"b\":[" + zeros + "]}", "b") instanceof List<?> list ? list.size() : -1, 61);
    }

    static void utf8IsDecodedAsPythonDecodesIt() {
        check("valid", Text.decodeUtf8("\u00e9\u4e2d\ud83d\ude80".getBytes(StandardCharsets.UTF_8)), "\u00e9\u4e2d\ud83d\ude80");
        check("overlong three bytes", Text.decodeUtf8(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}), "\ufffd\ufffd\ufffd");
        check("a surrogate", Text.decodeUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "\ufffd\ufffd\ufffd");
        check("truncated at the end", Text.decodeUtf8(new byte[] {'a', (byte) 0xF0, (byte) 0x9F, (byte) 0x98}), "a\ufffd");
        check("beyond U+10FFFF", Text.decodeUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}), "\ufffd\ufffd\ufffd\ufffd");
        check("overlong two bytes", Text.decodeUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF, 'x'}), "\ufffd\ufffdx");
        check("a lead byte before ASCII", Text.decodeUtf8(new byte[] {(byte) 0xE2, (byte) 0x82, 'x'}), "\ufffdx");
    }

    static void oddCodesAreWrittenAsJavaScriptWritesThem() {
        check("fraction", KucoinErrors.numberText(200004.5), "200004.5");
        check("1e21", KucoinErrors.numberText(1e21), "1e+21");
        check("1e-7", KucoinErrors.numberText(1e-7), "1e-7");
        check("1.23e22", KucoinErrors.numberText(1.23e22), "1.23e+22");
        check("0.1", KucoinErrors.numberText(0.1), "0.1");
        check("0.000001", KucoinErrors.numberText(0.000001), "0.000001");
        check("beyond 32 bits", KucoinErrors.numberText(2147483648.0), "2147483648");
        check("negative", KucoinErrors.numberText(-1.5), "-1.5");
        check("infinite", KucoinErrors.numberText(Double.NEGATIVE_INFINITY), "-Infinity");
        check("a whole number is a code", KucoinErrors.wireCode(200004.0), 200004);
        check("a long is a code", KucoinErrors.wireCode(200004L), 200004);
        check("zero is none", KucoinErrors.wireCode(-0.0), "0");
        check("a string code", KucoinErrors.wireCode("200004"), 200004);
        check("a string beyond 32 bits stays raw", KucoinErrors.wireCode("2147483648"), "2147483648");
        check("a leading zero stays raw", KucoinErrors.wireCode("0200004"), "0200004");
        check("an empty string is none", KucoinErrors.wireCode(""), null);
        check("a boolean is none", KucoinErrors.wireCode(Boolean.TRUE), null);
    }

    static void textsAreNormalisedAndFoldedAsEveryBindingDoes() {
        check("white space runs and trailing stops", Matching.normalise(" \u00a0Balance \u2028\u3000 insufficient. ! "), "Balance insufficient");
        check("U+001C is no white space", Matching.normalise("a\u001cb"), "a\u001cb");
        check("U+FEFF is no white space", Matching.normalise("a\ufeffb"), "a\ufeffb");
        check("ASCII case only", Matching.fold("\u00c0BC\u212a\u017f"), "\u00c0bc\u212a\u017f");
        check("1015 as a word", Text.namesError1015("Error 1015: denied"), true);
        check("1015 inside a word", Text.namesError1015("x1015 and 1015_"), false);
        check("1015 after a letter that is not ASCII", Text.namesError1015("\u00e91015"), true);
        check("rate-limited", Text.saysRateLimited("You are being RATE-LIMITED"), true);
        check("rate and limit around an astral character", Text.saysRateLimited("rate\ud83d\ude00limit"), true);
        check("two characters between", Text.saysRateLimited("rate  limit"), false);
        check("a Kelvin sign is no k", Text.saysRateLimited("rate limit".replace('t', '\u0165')), false);
    }

    static void templatesMatchIgnoringAsciiCaseOnly() {
        KucoinErrorInfo folded = KucoinErrors.classify(Domain.SPOT, 200009, "PLEASE complete the kyc verification before you trade BTC");
        check("ASCII case ignored", folded.match(), MatchQuality.TEMPLATE);
        check("value read", folded.values(), Map.of("currency", "BTC"));
        KucoinErrorInfo kelvin = KucoinErrors.classify(Domain.SPOT, 200009, "Please complete the \u212aYC verification before you trade BTC");
        check("the Kelvin sign is no K", kelvin.match(), MatchQuality.CODE_ONLY);
        KucoinErrorInfo longS = KucoinErrors.classify(Domain.SPOT, 600203, "\u017fymbol BTC-USDT cant be traded");
        check("the long s is no s", longS.match(), MatchQuality.CODE_ONLY);
        KucoinErrorInfo digits = KucoinErrors.classify(Domain.MARGIN, 126029, "The maximum order price is: \u0661\u0662");
        check("digits are ASCII digits", digits.match(), MatchQuality.CODE_ONLY);
        KucoinErrorInfo split = KucoinErrors.classify(Domain.MARGIN, 130203, "The maximum borrowing amount has been exceeded. Your remaining available borrowing: 1.5BTC.");
        check("touching placeholders split", split.values(), Map.of("amount", "1.5", "currency", "BTC"));
    }

    static void aMegabyteMessageIsMatchedByItsCodeOnly() {
        String huge = "x ".repeat(1 << 19);
        check("1 MB under a code", KucoinErrors.classify(Domain.SPOT, 200004, huge).match(), MatchQuality.CODE_ONLY);
        check("1 MB without a code", KucoinErrors.classify(Domain.SPOT, huge).match(), MatchQuality.UNKNOWN);
        KucoinErrorInfo page = KucoinErrors.parseResponse(Domain.SPOT, 502, "rate limit ".repeat(100_000), null).orElseThrow();
        check("a large page's message is its first 500 characters", page.message().length(), 500);
        check("a large page falls back on the status", page.category(), Category.EXCHANGE_UNAVAILABLE);
    }

    static void codesAreLookedUpInTheirWireFormOnly() {
        check("fromCode string", SpotErrorCode.fromCode("200004").orElseThrow(), SpotErrorCode.BALANCE_INSUFFICIENT);
        check("fromCode int", SpotErrorCode.fromCode(200004).orElseThrow(), SpotErrorCode.BALANCE_INSUFFICIENT);
        check("a space before", SpotErrorCode.fromCode(" 200004").isPresent(), false);
        check("a leading zero", KucoinErrors.lookup(Domain.SPOT, "0200004").isPresent(), false);
        check("an unknown code", KucoinErrors.lookup(Domain.SPOT, 999999).isPresent(), false);
        check("margin's 200", KucoinErrors.isSuccess(Domain.MARGIN, "200"), true);
        check("spot's 200 is no success", KucoinErrors.isSuccess(Domain.SPOT, 200), false);
        check("the entry", SpotErrorCode.BALANCE_INSUFFICIENT.info().category(), Category.INSUFFICIENT_FUNDS);
    }

    private static OptionalDouble resetOf(Headers headers) {
        KucoinErrorInfo error = KucoinErrors.parseResponse(Domain.FUTURES, 429, "{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}", headers).orElseThrow();
        return KucoinErrors.retryAfterMs(error);
    }

    static void headersAreReadInEveryShape() {
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("GW-RATELIMIT-RESET", "1");
        both.put("gw-ratelimit-reset", "2");
        check("the exact name first", resetOf(Headers.of(both)), OptionalDouble.of(2));
        check("any case", resetOf(Headers.of(Map.of("GW-RateLimit-Reset", "250"))), OptionalDouble.of(250));
        check("a list's first value", resetOf(Headers.of(Map.of("gw-ratelimit-reset", List.of("1500", "99")))), OptionalDouble.of(1500));
        check("HTTP white space", resetOf(Headers.of(Map.of("gw-ratelimit-reset", " 1500\t"))), OptionalDouble.of(1500));
        check("underscores are no digits", resetOf(Headers.of(Map.of("gw-ratelimit-reset", "1_500"))), OptionalDouble.of(1000));
        check("Arabic-Indic digits are no digits", resetOf(Headers.of(Map.of("gw-ratelimit-reset", "\u0661\u0665"))), OptionalDouble.of(1000));
        check("beyond a double", resetOf(Headers.of(Map.of("gw-ratelimit-reset", "9".repeat(400)))), OptionalDouble.of(1000));
        check("a number is no header value", resetOf(Headers.of(Map.of("gw-ratelimit-reset", 1500))), OptionalDouble.of(1000));
        List<Map.Entry<?, ?>> pairs = List.of(Map.entry("content-type", "application/json"), Map.entry("Gw-Ratelimit-Reset".getBytes(StandardCharsets.ISO_8859_1), "900"),
                                              Map.entry("gw-ratelimit-reset", "700"));
        check("the first matching pair, bytes names read", resetOf(Headers.ofPairs(pairs)), OptionalDouble.of(900));
        KucoinErrorInfo error = KucoinErrors.parseResponse(Domain.FUTURES, 429, "{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}",
                                                           Headers.of(Map.of("gw-ratelimit-reset", "1500"))).orElseThrow();
        check("headers given win", KucoinErrors.retryAfterMs(error, Headers.of(Map.of("gw-ratelimit-reset", "300")), 1), OptionalDouble.of(300));
        check("headers given without the header", KucoinErrors.retryAfterMs(error, Headers.none(), 1), OptionalDouble.of(1000));
        KucoinErrorInfo forbidden = KucoinErrors.parseResponse(Domain.FUTURES, 403, new byte[0], null).orElseThrow();
        check("403: two attempts wait", KucoinErrors.retryAfterMs(forbidden, null, 2), OptionalDouble.of(1000));
        check("403: the third does not", KucoinErrors.retryAfterMs(forbidden, null, 3), OptionalDouble.empty());
        check("403: then stop", forbidden.retry().then(), RetryAction.STOP);
    }

    static void responsesFramesAndBatchesAreClassified() {
        check("success", KucoinErrors.parseResponse(Domain.SPOT, 200, "{\"code\":\"200000\",\"data\":{}}", null).isPresent(), false);
        KucoinErrorInfo cloudflare = KucoinErrors.parseResponse(Domain.SPOT, 429, "<html>error code: 1015 You are being rate limited</html>", null).orElseThrow();
        check("Cloudflare's page names futures 1015", List.of(cloudflare.code(), cloudflare.entry().domain()), List.of(1015, Domain.FUTURES));
        check("its block time", KucoinErrors.retryAfterMs(cloudflare), OptionalDouble.of(30_000));
        KucoinErrorInfo bom = KucoinErrors.parseResponse(Domain.SPOT, 400, "\ufeff{\"code\":200004.5,\"msg\":\"Balance insufficient\"}", null).orElseThrow();
        check("a fraction is no code", List.of(bom.rawCode(), bom.match()), List.of("200004.5", MatchQuality.UNKNOWN));
        KucoinErrorInfo frame = KucoinErrors.parseWsMessage("{\"type\":\"error\",\"code\":509,\"data\":\"exceed max permits per second\"}").orElseThrow();
        check("a websocket frame", List.of(frame.domain(), frame.code(), frame.match()), List.of(Domain.WEBSOCKET, 509, MatchQuality.EXACT));
        check("a frame that is no error", KucoinErrors.parseWsMessage("{\"type\":\"message\"}").isPresent(), false);
        List<BatchFailure> failures = KucoinErrors.batchFailures(Domain.SPOT, "{\"code\":\"200000\",\"data\":[{\"success\":false,\"failMsg\":\"Balance insufficient\"},{\"success\":true}]}");
        check("one failure", failures.size(), 1);
        check("named by its message", List.of(failures.get(0).index(), failures.get(0).error().code()), List.of(0, 200004));
        try {
            KucoinErrors.throwForResponse(Domain.SPOT, 503, "<html>Service Unavailable</html>", null);
            check("throws", false, true);
        } catch (KucoinApiException error) {
            check("the exception's text", error.getMessage(), "KuCoin spot error (no code): <html>Service Unavailable</html>");
            check("its category, the http table's 503", error.category().orElseThrow(), Category.MAINTENANCE);
        }
    }

    private static List<Object> statusDecision(int status) {
        KucoinErrorInfo error = KucoinErrors.parseResponse(Domain.SPOT, status, "<html>error</html>", null).orElseThrow();
        return java.util.Arrays.asList(error.category(), error.retry() == null ? null : error.retry().action());
    }

    static void statusesCodesAndBatchesAtTheirEdges() {
        check("408", statusDecision(408), List.of(Category.NETWORK_TIMEOUT, RetryAction.CHECK_STATE));
        check("504", statusDecision(504), List.of(Category.NETWORK_TIMEOUT, RetryAction.CHECK_STATE));
        check("429", statusDecision(429), List.of(Category.RATE_LIMITED, RetryAction.WAIT));
        // The action a 5xx status advises is the shared decision tests' (tests/test_responses.py); here, the range.
        check("501", statusDecision(501).get(0), Category.EXCHANGE_UNAVAILABLE);
        check("599", statusDecision(599).get(0), Category.EXCHANGE_UNAVAILABLE);
        check("599 advises", statusDecision(599).get(1) != null, true);
        check("600", statusDecision(600), java.util.Arrays.asList(null, null));
        check("499", statusDecision(499), java.util.Arrays.asList(null, null));
        check("data at 200 is a success", KucoinErrors.parseResponse(Domain.SPOT, 200, "{\"data\":[]}", null).isPresent(), false);
        check("data at 299 is a success", KucoinErrors.parseResponse(Domain.SPOT, 299, "{\"data\":[]}", null).isPresent(), false);
        check("data at 300 is a failure", KucoinErrors.parseResponse(Domain.SPOT, 300, "{\"data\":[]}", null).isPresent(), true);
        check("data at 199 is a failure", KucoinErrors.parseResponse(Domain.SPOT, 199, "{\"data\":[]}", null).isPresent(), true);
        check("success with an unknown code and text", KucoinErrors.parseResponse(Domain.SPOT, 200, "{\"success\":true,\"code\":\"900001\",\"msg\":\"nothing known\"}", null)
                .isPresent(), false);
        for (String code : List.of("1", "2147483647", "\"1\"", "\"2147483647\"", "\"999999\"", "1.0", "2147483647.0")) {
            String wire = code.replace("\"", "").replace(".0", "");
            KucoinErrorInfo error = KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":" + code + ",\"msg\":\"x\"}", null).orElseThrow();
            check("the code " + code, java.util.Arrays.asList(error.code(), error.rawCode()), java.util.Arrays.asList(Integer.valueOf(wire), null));
        }
        for (String code : List.of("0", "2147483648", "\"2147483648\"", "\"0\"", "\"01\"", "\"12345678901\"", "-1", "1e21", "1e-7", "123456789012345680000")) {
            KucoinErrorInfo error = KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":" + code + ",\"msg\":\"x\"}", null).orElseThrow();
            check("no code: " + code, error.code(), null);
        }
        check("1e21 as JavaScript writes it", KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":1e21}", null).orElseThrow().rawCode(), "1e+21");
        check("1e-7 as JavaScript writes it", KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":1e-7}", null).orElseThrow().rawCode(), "1e-7");
        check("1.5e-7 as JavaScript writes it", KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":1.5e-7}", null).orElseThrow().rawCode(), "1.5e-7");
        check("1e20 as JavaScript writes it", KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":1e20}", null).orElseThrow().rawCode(),
                "100000000000000000000");
        check("0.1 as JavaScript writes it", KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":0.1}", null).orElseThrow().rawCode(), "0.1");
        check("0.30000000000000004 as JavaScript writes it",
                KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":0.30000000000000004}", null).orElseThrow().rawCode(), "0.30000000000000004");
        List<BatchFailure> failures = KucoinErrors.batchFailures(Domain.SPOT, "{\"code\":\"200000\",\"data\":[null,\"x\",{\"status\":\"fail\",\"failMsg\":\"Balance insufficient\"},"
                + "{\"code\":\"200000\"},{\"code\":\"400100\"}]}");
        check("batch failures after items that are no objects", failures.stream().map(BatchFailure::index).toList(), List.of(2, 4));
        check("a backslash at the end is not JSON", Json.object("{\"a\":\"\\"), null);
        check("a minus at the end is not JSON", Json.object("{\"a\":-"), null);
        check("a three-byte sequence after E0", Text.decodeUtf8(new byte[] {(byte) 0xE0, (byte) 0xA0, (byte) 0x80, (byte) 0xFF}), "\u0800\ufffd");
        for (Object number : List.<Object>of(200004, 200004L, java.math.BigInteger.valueOf(200004), 200004.0)) {
            check("a decoded " + number.getClass().getSimpleName() + " code",
                    KucoinErrors.parseResponse(Domain.SPOT, 400, Map.of("code", number, "msg", "x"), null).orElseThrow().code(), 200004);
        }
        for (Object number : List.<Object>of(0, 0L, java.math.BigInteger.ZERO, 2_147_483_648L, java.math.BigInteger.valueOf(2_147_483_648L))) {
            check("a decoded " + number + " is no code", KucoinErrors.parseResponse(Domain.SPOT, 400, Map.of("code", number, "msg", "x"), null).orElseThrow().code(), null);
        }
        check("data that is no list", KucoinErrors.batchFailures(Domain.SPOT, "{\"code\":\"200000\",\"data\":{\"a\":1}}"), List.of());
    }

    private static KucoinErrorInfo errorAdvising(Category category, RetryAdvice retry) {
        return new KucoinErrorInfo(Domain.SPOT, 900001, null, "x", MatchQuality.CODE_ONLY, null, null, null, Map.of(), category, retry, null, null, null);
    }

    static void retryDelaysFollowTheAdviceTheCategoryAndTheAttemptsMade() {
        RetryAdvice twoAttempts = new RetryAdvice(RetryAction.RETRY, null, null, 2, RetryAction.STOP);
        check("a first attempt of two waits", KucoinErrors.retryAfterMs(errorAdvising(Category.RATE_LIMITED, twoAttempts)), OptionalDouble.of(1000));
        check("the second of two does not", KucoinErrors.retryAfterMs(errorAdvising(Category.RATE_LIMITED, twoAttempts), null, 2), OptionalDouble.empty());
        RetryAdvice retry = new RetryAdvice(RetryAction.RETRY, null, null, null, null);
        check("the category's delay", KucoinErrors.retryAfterMs(errorAdvising(Category.MAINTENANCE, retry)), OptionalDouble.of(30_000));
        check("no category: the fallback delay", KucoinErrors.retryAfterMs(errorAdvising(null, retry)), OptionalDouble.of(Wire.FALLBACK_RETRY_DELAY_MS));
        check("a category without a delay: the fallback delay", KucoinErrors.retryAfterMs(errorAdvising(Category.EXCHANGE_ERROR, retry)),
                OptionalDouble.of(Wire.FALLBACK_RETRY_DELAY_MS));
        check("no advice: no retry", KucoinErrors.retryAfterMs(errorAdvising(Category.MAINTENANCE, null)), OptionalDouble.empty());
        RetryAdvice fix = new RetryAdvice(RetryAction.FIX_REQUEST, null, null, null, null);
        check("advice that is no retry: no retry", KucoinErrors.retryAfterMs(errorAdvising(Category.MAINTENANCE, fix)), OptionalDouble.empty());
        KucoinErrorInfo balance = KucoinErrors.classify(Domain.SPOT, 200004, "Balance insufficient");
        check("a catalogued top-up is no retry", KucoinErrors.retryAfterMs(balance), OptionalDouble.empty());
    }

    static void aFailureUnderTheSuccessCodeIsNamedByItsExactText() {
        KucoinErrorInfo position = KucoinErrors.parseResponse(Domain.EARN, 200, "{\"code\":\"200000\",\"msg\":\"Position does not exist\"}", null).orElseThrow();
        check("earn's 151404 under 200000", List.of(position.code(), position.match()), List.of(151404, MatchQuality.EXACT));
        check("another text under 200000 is a success",
                KucoinErrors.parseResponse(Domain.EARN, 200, "{\"code\":\"200000\",\"msg\":\"Position does not exist yet\"}", null).isPresent(), false);
        check("an empty text under 200000 is a success", KucoinErrors.parseResponse(Domain.EARN, 200, "{\"code\":\"200000\",\"msg\":\"\"}", null).isPresent(), false);
    }

    static void batchFailuresAreFoundInsideAWrappingObject() {
        String item = "{\"success\":false,\"failMsg\":\"Balance insufficient\"}";
        for (String key : List.of("data", "items")) {
            List<BatchFailure> failures = KucoinErrors.batchFailures(Domain.SPOT, "{\"code\":\"200000\",\"data\":{\"" + key + "\":[{\"success\":true}," + item + "]}}");
            check("failures in data." + key, failures.stream().map(failure -> List.of(failure.index(), failure.error().code())).toList(), List.of(List.of(1, 200004)));
        }
        check("data.data before data.items",
                KucoinErrors.batchFailures(Domain.SPOT, "{\"code\":\"200000\",\"data\":{\"data\":[" + item + "],\"items\":[{},{},{}," + item + "]}}").stream()
                        .map(BatchFailure::index).toList(), List.of(0));
    }

    static void headerPairsSkipAMissingPair() {
        List<Map.Entry<?, ?>> pairs = new ArrayList<>();
        pairs.add(null);
        pairs.add(Map.entry("gw-ratelimit-reset", "700"));
        check("a null pair is skipped", resetOf(Headers.ofPairs(pairs)), OptionalDouble.of(700));
        check("a blank value is no value", resetOf(Headers.of(Map.of("gw-ratelimit-reset", " \t "))), OptionalDouble.of(1000));
        check("an empty value is no value", resetOf(Headers.of(Map.of("gw-ratelimit-reset", ""))), OptionalDouble.of(1000));
    }

    static void textHelpersAtTheEdgesOfTheirInput() {
        check("1015 at the start", Text.namesError1015("1015: you are being rate limited"), true);
        check("1015 alone", Text.namesError1015("1015"), true);
        check("no 1015", Text.namesError1015("101 5"), false);
        check("rate limit without a character between", Text.saysRateLimited("RateLimit exceeded"), true);
        check("rate and a limit cut short", Text.saysRateLimited("the rate lim"), false);
        check("rate at the end", Text.saysRateLimited("limit the rate"), false);
        check("A to Z fold", Matching.fold("AZaz@[`{"), "azaz@[`{");
        check("the largest code in its wire form", Matching.canonicalCode("2147483647"), 2147483647);
        check("a ten-digit code", Matching.canonicalCode("1000000000"), 1000000000);
        check("eleven digits are no code", Matching.canonicalCode("10000000000"), null);
        check("a letter after digits is no code", Matching.canonicalCode("12a"), null);
        check("a letter before digits is no code", Matching.canonicalCode("a12"), null);
        check("the token's default kind", new Placeholder("XX", "currency", null).valueKind(), PlaceholderKind.CURRENCY);
        check("the symbol token's default kind", new Placeholder("XXX-XXX", "symbol", null).valueKind(), PlaceholderKind.SYMBOL);
        check("a token without a default is text", new Placeholder("{0}", "value", null).valueKind(), PlaceholderKind.TEXT);
        check("the catalogue's kind first", new Placeholder("XX", "amount", PlaceholderKind.NUMBER).valueKind(), PlaceholderKind.NUMBER);
    }

    static void templatesNameTheCodeOfMessagesUpToTheLimitOnly() {
        String prefix = "Please complete the KYC verification before you trade ";
        String atLimit = prefix + "B".repeat(Wire.TEMPLATE_MATCH_LIMIT - prefix.length());
        KucoinErrorInfo named = KucoinErrors.classify(Domain.SPOT, atLimit);
        check("a template names the code of a message at the limit", List.of(named.code(), named.match()), List.of(200009, MatchQuality.TEMPLATE));
        KucoinErrorInfo beyond = KucoinErrors.classify(Domain.SPOT, atLimit + "B");
        check("and of none beyond it", java.util.Arrays.asList(beyond.code(), beyond.match()), java.util.Arrays.asList(null, MatchQuality.UNKNOWN));
        String brackets = "[".repeat(150);
        check("an escaped backslash before a string of brackets", jsonField("{\"a\":\"\\\\\",\"b\":\"" + brackets + "\"}", "b"), brackets);
    }

    static void noMemberOfTheEnumsCanBeNamedLikeACatalogueName() {
        java.util.regex.Pattern upperSnake = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
        List<String> clashes = new ArrayList<>();
        for (Class<?> type : ErrorCodes.class.getDeclaredClasses()) {
            List<String> names = new ArrayList<>();
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (!field.isEnumConstant()) {
                    names.add(field.getName());
                }
            }
            for (java.lang.reflect.Method method : type.getMethods()) {
                names.add(method.getName());
            }
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                names.add(method.getName());
            }
            names.stream().filter(name -> upperSnake.matcher(name).matches()).forEach(name -> clashes.add(type.getSimpleName() + "." + name));
        }
        check("enums checked", ErrorCodes.class.getDeclaredClasses().length, Domain.values().length);
        check("members that fit UPPER_SNAKE", clashes, List.of());
    }

    static void stringCodesAndFailuresUnderTheSuccessCodeAreClassifiedByTheirOwnAdvice() {
        Headers reset = Headers.ofPairs(List.of(Map.entry("gw-ratelimit-reset", "900")));
        KucoinErrorInfo position = KucoinErrors.parseResponse(Domain.FUTURES, 200, "{\"code\":\"200000\",\"msg\":\"  position does NOT exist. \"}", reset)
            .orElseThrow();
        check("a failure under success", List.of(position.domain(), position.code(), position.match(), position.category(), position.retry().action(),
                                                 position.httpStatus(), position.resetMs(), position.message()),
              List.of(Domain.FUTURES, 200000, MatchQuality.UNKNOWN, Category.NOT_FOUND, RetryAction.FIX_REQUEST, 200, 900.0, "  position does NOT exist. "));
        check("it has no entry", position.entry() == null && position.variant() == null, true);
        check("it carries the failure", position.unnumbered(), ErrorCodes.failuresUnderSuccess(Domain.FUTURES).get(0));
        check("fix_request has no wait", KucoinErrors.retryAfterMs(position), OptionalDouble.empty());
        KucoinErrorInfo flagged = KucoinErrors.parseResponse(Domain.FUTURES, 200, "{\"success\":true,\"msg\":\"Position does not exist\"}", null).orElseThrow();
        check("success: true", Objects.isNull(flagged.code()) && Objects.isNull(flagged.rawCode()) && "POSITION_NOT_FOUND".equals(flagged.unnumbered().name()), true);
        check("another message under success is a success",
              KucoinErrors.parseResponse(Domain.FUTURES, 200, "{\"code\":\"200000\",\"msg\":\"Position does not exist yet\"}", null).isPresent(), false);
        check("only in the domain that lists it",
              KucoinErrors.parseResponse(Domain.SPOT, 200, "{\"code\":\"200000\",\"msg\":\"Position does not exist\"}", null).isPresent(), false);
        check("only under a success code",
              KucoinErrors.parseResponse(Domain.FUTURES, 400, "{\"code\":\"400100\",\"msg\":\"Position does not exist\"}", null).orElseThrow().unnumbered(), null);
        KucoinErrorInfo transfer = KucoinErrors.parseResponse(Domain.SPOT, 200,
            "{\"code\":\"200000\",\"msg\":\"Unsuccessful! Exceeded the max. funds out-transfer limit\"}", null).orElseThrow();
        check("spot's transfer cap", List.of(transfer.category(), transfer.retry().action()), List.of(Category.LIMIT_EXCEEDED, RetryAction.FIX_REQUEST));
        KucoinErrorInfo gone = KucoinErrors.parseResponse(Domain.SPOT, 404, "{\"code\":\"order_not_exist\",\"msg\":\"order_not_exist\"}", null).orElseThrow();
        check("a string code", List.of(gone.domain(), gone.rawCode(), gone.match(), gone.category(), gone.retry().action(), gone.unnumbered().name()),
              List.of(Domain.SPOT, "order_not_exist", MatchQuality.UNKNOWN, Category.ORDER_NOT_FOUND, RetryAction.STOP, "ORDER_NOT_EXIST"));
        check("a string code has no integer code or entry", Objects.isNull(gone.code()) && gone.entry() == null, true);
        for (String other : List.of("ORDER_NOT_EXIST", " order_not_exist", "order_not_exist_or_not_allow_to_cancel")) {
            KucoinErrorInfo status = KucoinErrors.parseResponse(Domain.SPOT, 503, "{\"code\":\"" + other + "\"}", null).orElseThrow();
            check("exactly as sent: " + other, List.of(Objects.isNull(status.unnumbered()), status.category()), List.of(true, Category.MAINTENANCE));
        }
        check("a listed string code only in its domain",
              KucoinErrors.parseResponse(Domain.FUTURES, 404, "{\"code\":\"order_not_exist\"}", null).orElseThrow().unnumbered(), null);
        List<BatchFailure> batch = KucoinErrors.batchFailures(Domain.SPOT, "{\"code\":\"200000\",\"data\":[{\"code\":\"order_not_exist\",\"msg\":\"gone\"}]}");
        check("a batch item", List.of(batch.size(), batch.get(0).error().category()), List.of(1, Category.ORDER_NOT_FOUND));
        check("classify", KucoinErrors.classify(Domain.SPOT, "order_not_exist", "").category(), Category.ORDER_NOT_FOUND);
    }

    static void theNestingScanReadsEachStringAndBracketOnce() {
        String odd = "[".repeat(151);
        check("a string of an odd number of brackets does not nest", jsonField("{\"a\":\"" + odd + "\"}", "a"), odd);
        String closed = "{\"a\":[" + "[\"x\"],".repeat(120) + "[\"x\"]]}";
        check("a bracket right after a string closes its level", jsonField(closed, "a") instanceof List<?> list ? list.size() : -1, 121);
        check("an unclosed string after more than a hundred brackets is not JSON", Json.object("{\"k\":[" + "[],".repeat(101) + "[]],\"b\":\"x"), null);
    }

    static void jsonCutShortOrMisspeltIsNotJson() {
        check("a misspelt literal is not JSON", jsonField("{\"a\":trve}", "a"), "<not JSON>");
        check("a key without its opening quote is not JSON", Json.object("{a\":1}"), null);
        check("an object cut short after a comma is not JSON", Json.object("{\"a\":1,"), null);
        check("an object cut short after a key is not JSON", Json.object("{\"a\""), null);
        check("an array cut short after a value is not JSON", Json.object("{\"a\":[1"), null);
        check("a point at the end is not JSON", jsonValue("1."), "<not JSON>");
        check("an exponent of one digit without a sign", jsonField("{\"a\":2e3}", "a"), 2000.0);
        check("hex escapes with f in either case", jsonField("{\"a\":\"\\u00ff\\u00FF\"}", "a"), "\u00ff\u00ff");
        check("digits other than ASCII in an escape are not JSON", jsonField("{\"a\":\"\\u00\u0664\u0661\"}", "a"), "<not JSON>");
    }

    static void aCodeBothTheDomainAndItsFallbackDefineIsTheOneWhoseMessageMatches() {
        KucoinErrorInfo gateway = KucoinErrors.classify(Domain.SPOT, 400005, "Invalid `KC-API-SIGN`.");
        check("the fallback's text", List.of(gateway.domain(), gateway.match()), List.of(Domain.GATEWAY, MatchQuality.EXACT));
        KucoinErrorInfo spot = KucoinErrors.classify(Domain.SPOT, 400005, "Signature error");
        check("the domain's text", List.of(spot.domain(), spot.match()), List.of(Domain.SPOT, MatchQuality.EXACT));
        KucoinErrorInfo both = KucoinErrors.classify(Domain.SPOT, 500000, "Internal Server Error");
        check("a text both match: the domain's", List.of(both.domain(), both.match()), List.of(Domain.SPOT, MatchQuality.EXACT));
        KucoinErrorInfo neither = KucoinErrors.classify(Domain.SPOT, 400005, "something else");
        check("a text neither matches: the domain's", List.of(neither.domain(), neither.match()), List.of(Domain.SPOT, MatchQuality.CODE_ONLY));
    }

    static void anEmptyOrAbsentCodeInAStringIsNoCode() {
        check("an empty code: the text names it", KucoinErrors.classify(Domain.SPOT, "", "Balance insufficient").code(), 200004);
        check("no code: the text names it", KucoinErrors.classify(Domain.SPOT, (String) null, "Balance insufficient").code(), 200004);
        check("a tombstone of a code that is no number", KucoinErrors.removed(Domain.SPOT, "abc"), java.util.Optional.empty());
    }

    static void bytesAreReadAsTheTextTheyEncode() {
        byte[] body = "{\"code\":\"200004\",\"msg\":\"Balance insufficient\"}".getBytes(StandardCharsets.UTF_8);
        check("a response's bytes", KucoinErrors.parseResponse(Domain.SPOT, 400, body, null).orElseThrow().code(), 200004);
        check("no bytes: the status decides", KucoinErrors.parseResponse(Domain.SPOT, 503, (byte[]) null, null).orElseThrow().category(),
                Category.MAINTENANCE);
        byte[] batch = "{\"code\":\"200000\",\"data\":[{\"code\":\"200004\",\"msg\":\"x\"}]}".getBytes(StandardCharsets.UTF_8);
        check("a batch's bytes", KucoinErrors.batchFailures(Domain.SPOT, batch).size(), 1);
        check("two-byte sequences from C2 to DF", Text.decodeUtf8("\u00a9\u07ff".getBytes(StandardCharsets.UTF_8)), "\u00a9\u07ff");
    }

    static void throwingForAResponseThrowsForAFailureOnly() {
        KucoinErrors.throwForResponse(Domain.SPOT, 200, "{\"code\":\"200000\",\"data\":1}", null);
        String thrown = null;
        try {
            KucoinErrors.throwForResponse(Domain.SPOT, 400, "{\"code\":\"200004\",\"msg\":\"Balance insufficient\"}", null);
        } catch (KucoinApiException failure) {
            thrown = failure.info().entry().name();
        }
        check("a failure throws", thrown, "BALANCE_INSUFFICIENT");
        RetryAdvice oneAttempt = new RetryAdvice(RetryAction.RETRY, null, null, 1, RetryAction.STOP);
        check("the one attempt allowed made: no retry", KucoinErrors.retryAfterMs(errorAdvising(Category.RATE_LIMITED, oneAttempt)), OptionalDouble.empty());
    }

    static void textsAndCodesAtTheEdgesOfMatching() {
        check("a variant's key is one of its exact texts", KucoinErrors.classify(Domain.SPOT, 260210, "withdraw.disabled").match(), MatchQuality.EXACT);
        check("a tab is white space", Matching.normalise("\tBalance\t\tinsufficient\t"), "Balance insufficient");
        check("a text of full stops alone normalises to nothing", Matching.normalise(" . ! ."), "");
        check("an empty code is no code", KucoinErrors.lookup(Domain.SPOT, ""), java.util.Optional.empty());
        check("a code with a nine", KucoinErrors.lookup(Domain.SPOT, "200009").isPresent(), true);
        KucoinErrorInfo named = KucoinErrors.classify(Domain.SPOT, "Invalid `KC-API-SIGN`.");
        check("a text of the fallback names its code", java.util.Arrays.asList(named.code(), named.domain()), java.util.Arrays.asList(400005, Domain.GATEWAY));
        String prefix = "Please complete the KYC verification before you trade ";
        String atLimit = prefix + "B".repeat(Wire.TEMPLATE_MATCH_LIMIT - prefix.length());
        check("under its code, a template matches a message at the limit", KucoinErrors.classify(Domain.SPOT, 200009, atLimit).match(), MatchQuality.TEMPLATE);
        check("and none beyond it", KucoinErrors.classify(Domain.SPOT, 200009, atLimit + "B").match(), MatchQuality.CODE_ONLY);
    }

    static void aVariantsDocumentedTextIsItsRow() {
        check("key, message and detail", variant("KEY", "detail", null).documentedText(), "KEY -- message -- detail");
        check("a detail after its own separator", variant(null, "detail", ": ").documentedText(), "message: detail");
        check("the message alone", variant(null, null, null).documentedText(), "message");
    }

    static void wordsAndCodePointsAreCountedToTheEdgesOfTheirRanges() {
        for (String word : List.of("0", "9", "A", "Z", "a", "z", "_")) {
            check("1015 after " + word + " is no word", Text.namesError1015(word + "1015"), false);
            check("1015 before " + word + " is no word", Text.namesError1015("1015" + word), false);
        }
        check("white space trimmed at both ends", Text.trimWhitespace(" \tabc \n"), "abc");
        check("the first code points of a text longer than the limit", Text.firstCodePoints("abcd", 3), "abc");
        check("rate limit only with its first letters", List.of(Text.saysRateLimited("date limit"), Text.saysRateLimited("rate timit")), List.of(false, false));
        check("four-byte sequences up to F4", Text.decodeUtf8("\udbff\udfff".getBytes(StandardCharsets.UTF_8)), "\udbff\udfff");
    }

    private static MessageVariant variant(String key, String detail, String separator) {
        return new MessageVariant("ID", "message", key, detail, List.of(), null, null, null, null, separator, List.of(), null, null, List.of());
    }

    public static void main(String[] arguments) {
        jsonIsReadAsPythonReadsIt();
        jsonSyntaxEdgesAreDecidedAsPythonDecidesThem();
        utf8IsDecodedAsPythonDecodesIt();
        oddCodesAreWrittenAsJavaScriptWritesThem();
        textsAreNormalisedAndFoldedAsEveryBindingDoes();
        templatesMatchIgnoringAsciiCaseOnly();
        aMegabyteMessageIsMatchedByItsCodeOnly();
        codesAreLookedUpInTheirWireFormOnly();
        headersAreReadInEveryShape();
        responsesFramesAndBatchesAreClassified();
        statusesCodesAndBatchesAtTheirEdges();
        retryDelaysFollowTheAdviceTheCategoryAndTheAttemptsMade();
        aFailureUnderTheSuccessCodeIsNamedByItsExactText();
        batchFailuresAreFoundInsideAWrappingObject();
        headerPairsSkipAMissingPair();
        textHelpersAtTheEdgesOfTheirInput();
        templatesNameTheCodeOfMessagesUpToTheLimitOnly();
        noMemberOfTheEnumsCanBeNamedLikeACatalogueName();
        stringCodesAndFailuresUnderTheSuccessCodeAreClassifiedByTheirOwnAdvice();
        theNestingScanReadsEachStringAndBracketOnce();
        jsonCutShortOrMisspeltIsNotJson();
        aCodeBothTheDomainAndItsFallbackDefineIsTheOneWhoseMessageMatches();
        anEmptyOrAbsentCodeInAStringIsNoCode();
        bytesAreReadAsTheTextTheyEncode();
        throwingForAResponseThrowsForAFailureOnly();
        textsAndCodesAtTheEdgesOfMatching();
        aVariantsDocumentedTextIsItsRow();
        wordsAndCodePointsAreCountedToTheEdgesOfTheirRanges();
        FAILURES.forEach(System.out::println);
        System.out.println(checks + " checks, " + FAILURES.size() + " failed");
        System.exit(FAILURES.isEmpty() ? 0 : 1);
    }
}
