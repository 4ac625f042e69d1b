package kucoinerrors;

import java.util.List;

/**
 * One documented message of a code; category and retry, when set, override the code's.
 *
 * @param id the variant's identifier
 * @param message the message as documented
 * @param key the machine key of a key row, or null
 * @param detail the explanation after the message, or null
 * @param placeholders the values KuCoin substitutes into the message
 * @param category the category overriding the code's, or null
 * @param retry the retry advice overriding the code's, or null
 * @param note a maintainer's note, or null
 * @param review set while the suggested id, category and retry advice await review, or null
 * @param detailSeparator how the row joins message and detail when not with " -- ", or null
 * @param aliases other wordings of the message, each matched exactly
 * @param table the sub-table of KuCoin's page the message is in, or null
 * @param undocumented where a message no KuCoin page lists was seen (another client's exception map), or null
 * @param pages the rows of KuCoin's pages the message is: "PAGE:ROW", or "PAGE:ROW:ALIAS" where the row reads as that alias (1-based)
 */
public record MessageVariant(String id, String message, String key, String detail, List<Placeholder> placeholders, Category category,
                             RetryAdvice retry, String note, String review, String detailSeparator, List<String> aliases, String table,
                             String undocumented, List<String> pages) {
    /** The row as KuCoin's documentation prints it (key -- message -- detail). */
    public String documentedText() {
        String head = key == null ? message : key + Wire.ROW_SEPARATOR + message;
        return detail == null ? head : head + (detailSeparator == null ? Wire.ROW_SEPARATOR : detailSeparator) + detail;
    }
}
