package kucoinerrors;

import java.util.List;

/**
 * The catalogue entry of one error code.
 *
 * @param domain the domain whose table has the code
 * @param code the integer code
 * @param name the code's name
 * @param category what kind of failure the code is
 * @param retry what to do next
 * @param variants the documented messages of the code
 * @param scope which margin tables the code belongs to, or null
 * @param httpStatus the HTTP status KuCoin sends with it, or null
 * @param note a maintainer's note, or null
 * @param review set while the suggested name, category and retry advice await review, or null
 * @param deprecated why the entry is deprecated (its enum constant is then {@code @Deprecated}), or null
 * @param replacedBy the entry to use instead of a deprecated one ({@code DOMAIN:CODE}), or null
 * @param undocumented where a code no KuCoin page lists was seen (another client's exception map), or null
 */
public record ErrorInfo(Domain domain, int code, String name, Category category, RetryAdvice retry, List<MessageVariant> variants,
                        MarginScope scope, Integer httpStatus, String note, String review, String deprecated, String replacedBy,
                        String undocumented) {
}
