package kucoinerrors;

import java.util.Optional;

/** The parts of the KuCoin API whose tables a code comes from. */
public enum Domain {
    // codegen: begin generated
    /** Errors of KuCoin's Spot trading, account and funding REST endpoints. */
    SPOT("spot", "Errors of KuCoin's Spot trading, account and funding REST endpoints.", null);
    // codegen: end generated

    private final String wireName;
    private final String description;
    private final String fallbackName;

    Domain(String wireName, String description, String fallbackName) {
        this.wireName = wireName;
        this.description = description;
        this.fallbackName = fallbackName;
    }

    /** The domain's name in the catalogue: {@code "spot"}, {@code "pro_api"}. */
    public String wireName() {
        return wireName;
    }

    /** What the domain's table covers. */
    public String description() {
        return description;
    }

    /** The layer this domain's responses come through (the gateway), read for what the domain does not define. */
    public Optional<Domain> fallback() {
        return fallbackName == null ? Optional.empty() : fromWireName(fallbackName);
    }

    /** The domain named {@code name} in the catalogue, if there is one. */
    public static Optional<Domain> fromWireName(String name) {
        for (Domain domain : values()) {
            if (domain.wireName.equals(name)) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
