package kucoinerrors;

import java.util.Optional;

/** A failed KuCoin response; {@link #info()} says what failed and {@link #category()} what kind of failure it is. */
public class KucoinApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The classified error; records are not serializable here, so it is not kept on serialization. */
    private final transient KucoinErrorInfo info;

    /** An exception for the classified error {@code info}. */
    public KucoinApiException(KucoinErrorInfo info) {
        super("KuCoin " + info.domain().wireName() + " error " + info.codeText() + ": " + info.message());
        this.info = info;
    }

    /** What failed and what to do next. */
    public KucoinErrorInfo info() {
        return info;
    }

    /** The category of the failure, if the catalogue or the HTTP status gives one. */
    public Optional<Category> category() {
        return Optional.ofNullable(info.category());
    }
}
