package kucoinerrors;

/** How well a message matched the catalogue: its exact text, a filled-in template, only its code, or nothing. */
public enum MatchQuality {
    /** The message is one of the code's documented texts. */
    EXACT("exact"),
    /** The message fills in one of the code's templates. */
    TEMPLATE("template"),
    /** The code is known, its message is not. */
    CODE_ONLY("code_only"),
    /** The catalogue does not know the code. */
    UNKNOWN("unknown");

    private final String wireName;

    MatchQuality(String wireName) {
        this.wireName = wireName;
    }

    /** The quality's name in every binding: {@code "code_only"}. */
    public String wireName() {
        return wireName;
    }
}
