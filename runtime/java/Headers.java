package kucoinerrors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The headers of a response, as the client library gives them: a map (a name to a value or a list of values,
 * as {@code HttpURLConnection.getHeaderFields()} and {@code HttpHeaders.map()} give them) or (name, value) pairs.
 * Names are compared ignoring ASCII case; names and values are strings or bytes (read as Latin-1).
 */
public final class Headers {
    private static final Headers NONE = new Headers(null, List.of());

    private final Map<?, ?> map;
    private final Iterable<? extends Map.Entry<?, ?>> pairs;

    private Headers(Map<?, ?> map, Iterable<? extends Map.Entry<?, ?>> pairs) {
        this.map = map;
        this.pairs = pairs;
    }

    /** Headers from a map: the name as sent in lower case is looked up first, then every name ignoring case. */
    public static Headers of(Map<String, ?> map) {
        return new Headers(map, map.entrySet());
    }

    /** Headers as (name, value) pairs, in the order received; the first whose name matches counts. */
    public static Headers ofPairs(Iterable<? extends Map.Entry<?, ?>> pairs) {
        return new Headers(null, pairs);
    }

    /** No headers at all. */
    public static Headers none() {
        return NONE;
    }

    /** The value of the header {@code name} (in lower case), names compared ignoring ASCII case; null when absent. */
    Object get(String name) {
        if (map != null) {
            Object value = map.get(name);
            if (value != null) {
                return value;
            }
        }
        for (Map.Entry<?, ?> pair : pairs) {
            if (pair == null) {
                continue;
            }
            Object key = pair.getKey();
            if (key instanceof byte[] bytes) {
                key = new String(bytes, StandardCharsets.ISO_8859_1);
            }
            if (key instanceof String text && Matching.fold(text).equals(name)) {
                return pair.getValue();
            }
        }
        return null;
    }

    /** The header {@code name} as milliseconds: plain decimal digits (the first value of a list); null otherwise. */
    Double milliseconds(String name) {
        Object value = get(name);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        if (value instanceof byte[] bytes) {
            value = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (!(value instanceof String text)) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (start == end) {
            return null;
        }
        for (int index = start; index < end; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return null;
            }
        }
        double milliseconds = Double.parseDouble(text.substring(start, end));
        return Double.isInfinite(milliseconds) ? null : milliseconds;
    }
}
