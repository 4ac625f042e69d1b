package kucoinerrors;

import java.util.Optional;

/** What a client should do next. */
public enum RetryAction {
    // codegen: begin generated
    /** Transient: send the same request again, with exponential back-off. */
    RETRY("retry", "Transient: send the same request again, with exponential back-off.");
    // codegen: end generated

    private final String wireName;
    private final String description;

    RetryAction(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    /** The action's name in the catalogue: {@code "fix_request"}. */
    public String wireName() {
        return wireName;
    }

    /** The action's definition. */
    public String description() {
        return description;
    }

    /** True when sending the same request again can succeed ({@link Wire#RETRYABLE_ACTIONS}). */
    public boolean retryable() {
        return Wire.RETRYABLE_ACTIONS.contains(wireName);
    }

    /** The action named {@code name} in the catalogue, if there is one. */
    public static Optional<RetryAction> fromWireName(String name) {
        for (RetryAction action : values()) {
            if (action.wireName.equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
