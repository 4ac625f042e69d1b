package kucoinerrors;

/**
 * The tombstone of a code removed from its domain: gone from the enum and from {@code lookup}, kept so that it can be
 * told apart from a code never known.
 *
 * @param domain the domain the code was removed from
 * @param code the integer code
 * @param name the name the code had
 * @param reason why it was removed, or null
 * @param replacedBy the entry to use instead ({@code DOMAIN:CODE}), or null
 */
public record RemovedCode(Domain domain, int code, String name, String reason, String replacedBy) {
}
