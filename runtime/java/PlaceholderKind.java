package kucoinerrors;

/** The shape of a placeholder's value. */
public enum PlaceholderKind {
    // codegen: begin generated
    /** Values of the kind {@code text}. */
    TEXT("text");
    // codegen: end generated

    private final String wireName;

    PlaceholderKind(String wireName) {
        this.wireName = wireName;
    }

    /** The kind's name in the catalogue: {@code "currency"}. */
    public String wireName() {
        return wireName;
    }

    static PlaceholderKind fromWireName(String name) {
        for (PlaceholderKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        return TEXT;
    }
}
