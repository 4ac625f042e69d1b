package kucoinerrors;

/**
 * A failed item of a batch response.
 *
 * @param index the item's index in the batch
 * @param error the item's error, classified
 */
public record BatchFailure(int index, KucoinErrorInfo error) {
}
