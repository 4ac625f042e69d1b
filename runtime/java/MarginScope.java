package kucoinerrors;

/** Which margin tables a margin code belongs to. */
public enum MarginScope {
    // codegen: begin generated
    /** Scope all. */
    ALL("all");
    // codegen: end generated

    private final String wireName;

    MarginScope(String wireName) {
        this.wireName = wireName;
    }

    /** The scope's name in the catalogue: {@code "high_frequency"}. */
    public String wireName() {
        return wireName;
    }
}
