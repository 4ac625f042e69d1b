package kucoinerrors;

import java.util.Optional;
import java.util.OptionalLong;

/** What kind of failure a code is. */
public enum Category {
    // codegen: begin generated
    /** Too many requests: a rate limit or an IP block applies. */
    RATE_LIMITED("rate_limited", "Too many requests: a rate limit or an IP block applies.", 1000L);
    // codegen: end generated

    private final String wireName;
    private final String description;
    private final long retryDelayMs;

    Category(String wireName, String description, long retryDelayMs) {
        this.wireName = wireName;
        this.description = description;
        this.retryDelayMs = retryDelayMs;
    }

    /** The category's name in the catalogue: {@code "insufficient_funds"}. */
    public String wireName() {
        return wireName;
    }

    /** The category's definition. */
    public String description() {
        return description;
    }

    /** Milliseconds to wait before a retry when neither the headers nor the catalogue say, if the category has a default. */
    public OptionalLong defaultRetryDelayMs() {
        return retryDelayMs < 0 ? OptionalLong.empty() : OptionalLong.of(retryDelayMs);
    }

    /** The category named {@code name} in the catalogue, if there is one. */
    public static Optional<Category> fromWireName(String name) {
        for (Category category : values()) {
            if (category.wireName.equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
