package kucoinerrors;

/**
 * A value KuCoin substitutes into a message: its token as written, what it is, and its kind.
 *
 * @param token the placeholder as the message writes it: {@code {0}}, {@code XX}
 * @param name what the value is
 * @param kind the kind the catalogue gives, or null when the token's default applies
 */
public record Placeholder(String token, String name, PlaceholderKind kind) {
    /** The kind of value the message carries here (the catalogue's, or the token's default). */
    public PlaceholderKind valueKind() {
        if (kind != null) {
            return kind;
        }
        String byToken = Wire.DEFAULT_PLACEHOLDER_KINDS.get(token);
        return byToken == null ? PlaceholderKind.TEXT : PlaceholderKind.fromWireName(byToken);
    }
}
