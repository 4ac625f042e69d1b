package kucoinerrors;

/**
 * What to do next; with {@link RetryAction#WAIT}, a fixed delay or a header giving milliseconds.
 *
 * @param action what to do
 * @param afterMs milliseconds to wait, or null
 * @param afterHeader the response header giving the milliseconds to wait, or null
 * @param maxAttempts how many times to send the request at most when the cause may be permanent, or null
 * @param then what to do once {@code maxAttempts} is reached, or null
 */
public record RetryAdvice(RetryAction action, Long afterMs, String afterHeader, Integer maxAttempts, RetryAction then) {
    /** True when sending the same request again can succeed. */
    public boolean retryable() {
        return action.retryable();
    }
}
