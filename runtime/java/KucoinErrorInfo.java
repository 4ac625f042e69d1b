package kucoinerrors;

import java.util.Map;
import java.util.Optional;

/**
 * A failed KuCoin response, classified against the catalogue.
 *
 * <p>{@code code} is the integer code, null when KuCoin sent none or one that is not a code; {@code rawCode} is
 * then what it sent (a number that is not a code as JavaScript writes it: "200004.5", "1e+21"), or null.
 * {@code message} is the message KuCoin sent; for a body that is not JSON, its first 500 characters once trimmed.
 * {@code entry} and {@code variant} are null when the catalogue does not know the code or the message;
 * {@code category} and {@code retry} then come from the HTTP status when it says enough, else null.
 * {@code resetMs} is the {@code gw-ratelimit-reset} header of the response, or null.
 *
 * @param domain the domain the response was classified in
 * @param code the integer code, or null
 * @param rawCode the code as sent when it is not an integer code, or null
 * @param message the message as sent
 * @param match how well the message matched
 * @param httpStatus the HTTP status, or null
 * @param entry the catalogue entry, or null
 * @param variant the matched message variant, or null
 * @param values the values a template match read from the message, by placeholder name
 * @param category what kind of failure it is, or null
 * @param retry what to do next, or null
 * @param resetMs the rate-limit reset header in milliseconds, or null
 * @param removed the tombstone of a code removed from the catalogue ({@code match} is then {@code UNKNOWN}), or null
 * @param unnumbered the string code or the failure under the success code that named the response ({@code match} is then
 *                   {@code UNKNOWN}), or null
 */
public record KucoinErrorInfo(Domain domain, Integer code, String rawCode, String message, MatchQuality match, Integer httpStatus,
                              ErrorInfo entry, MessageVariant variant, Map<String, String> values, Category category, RetryAdvice retry,
                              Double resetMs, RemovedCode removed, UnnumberedError unnumbered) {
    /** The catalogue entry, if the catalogue knows the code. */
    public Optional<ErrorInfo> entryIfKnown() {
        return Optional.ofNullable(entry);
    }

    /** The tombstone, if the code was removed from the catalogue. */
    public Optional<RemovedCode> removedIfRemoved() {
        return Optional.ofNullable(removed);
    }

    /** The code as text: the integer code, the raw code, or {@code "(no code)"}. */
    public String codeText() {
        return code != null ? code.toString() : rawCode != null ? rawCode : "(no code)";
    }
}
