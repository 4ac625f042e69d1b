package kucoinerrors;

/**
 * A failure KuCoin reports without a numeric code: a string code ({@code code}), or a message under a success code
 * ({@code message}); exactly one is set. It has no entry: a response it names is classified with {@code UNKNOWN}, its
 * category and retry advice, and carries it as {@link KucoinErrorInfo#unnumbered()}.
 *
 * @param domain the domain that lists it
 * @param name its UPPER_SNAKE name
 * @param category what kind of failure it is
 * @param retry what to do next
 * @param code the code exactly as sent, for a string code, else null
 * @param message the message, for a failure under the success code, else null
 * @param note a maintainer's note, or null
 * @param undocumented where a failure no KuCoin page lists was seen (another client's exception map), or null
 */
public record UnnumberedError(Domain domain, String name, Category category, RetryAdvice retry, String code, String message, String note,
                              String undocumented) {
}
