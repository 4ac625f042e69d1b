package kucoinerrors;

/** A code of the catalogue: implemented by the enum of each domain ({@code ErrorCodes.SpotErrorCode}, ...). */
public interface KucoinErrorCode {
    /** The integer code, as KuCoin sends it. */
    int code();

    /** The catalogue entry of this code. */
    ErrorInfo info();

    /** The code's name in the catalogue: {@code BALANCE_INSUFFICIENT}. */
    String name();
}
