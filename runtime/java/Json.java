package kucoinerrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON reader that accepts and refuses what Python's {@code json} module does as the Python binding uses it:
 * numbers as doubles, NaN and Infinity refused, the last of duplicate keys kept, control characters in strings
 * refused, escaped surrogate pairs joined and lone ones kept. Objects are {@code Map<String, Object>}, arrays
 * {@code List<Object>}, numbers {@code Double}, and JSON null is null.
 */
final class Json {
    /** Thrown where the text is not JSON; without a stack trace, as it is expected. */
    static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super("not JSON", null, false, false);
        }
    }

    private static final NotJson NOT_JSON = new NotJson();

    private final String text;
    private int position;

    private Json(String text, int position) {
        this.text = text;
        this.position = position;
    }

    /** The JSON object of {@code text}: white space, an object, white space and nothing else; null otherwise. */
    static Map<String, Object> object(String text) {
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length() || text.charAt(start) != '{' || nestsTooDeep(text)) {
            return null;
        }
        Json reader = new Json(text, start);
        try {
            Object document = reader.value();
            reader.skipSpace();
            if (reader.position != text.length()) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) document;
            return object;
        } catch (NotJson notJson) {
            return null;
        }
    }

    /** Any JSON value of {@code text}, surrounded by white space only; for tools reading JSON they wrote. */
    static Object value(String text) throws NotJson {
        Json reader = new Json(text, 0);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.position != text.length()) {
            throw NOT_JSON;
        }
        return value;
    }

    /** True when the JSON in {@code text} nests deeper than MAX_JSON_DEPTH, strings skipped; linear. */
    static boolean nestsTooDeep(String text) {
        int opening = 0;
        for (int index = 0; index < text.length(); index++) {
            char bracket = text.charAt(index);
            if (bracket == '{' || bracket == '[') {
                opening++;
            }
        }
        if (opening <= Wire.MAX_JSON_DEPTH) {
            return false;
        }
        int depth = 0;
        boolean unterminated = false;
        int index = 0;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character == '"' && !unterminated) {
                int end = stringEnd(text, index + 1);
                if (end >= 0) {
                    index = end + 1;
                    continue;
                }
                // No closing quote here, so none after either: the rest is read as brackets alone.
                unterminated = true;
            } else if (character == '{' || character == '[') {
                depth++;
                if (depth > Wire.MAX_JSON_DEPTH) {
                    return true;
                }
            } else if (character == '}' || character == ']') {
                depth--;
            }
            index++;
        }
        return false;
    }

    /** The index of the quote closing a string whose content starts at {@code index}, or -1. */
    private static int stringEnd(String text, int index) {
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character == '"') {
                return index;
            }
            if (character == '\\') {
                if (index + 1 >= text.length()) {
                    return -1;
                }
                index += 2;
            } else {
                index++;
            }
        }
        return -1;
    }

    private static boolean isSpace(char character) {
        return character == ' ' || character == '\t' || character == '\n' || character == '\r';
    }

    private void skipSpace() {
        while (position < text.length() && isSpace(text.charAt(position))) {
            position++;
        }
    }

    private Object value() throws NotJson {
        if (position >= text.length()) {
            throw NOT_JSON;
        }
        char first = text.charAt(position);
        switch (first) {
            case '"':
                return string();
            case '{':
                return objectValue();
            case '[':
                return array();
            case 'n':
                literal("null");
                return null;
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            default:
                if (first == '-' || (first >= '0' && first <= '9')) {
                    return number();
                }
                throw NOT_JSON;
        }
    }

    private void literal(String word) throws NotJson {
        if (!text.startsWith(word, position)) {
            throw NOT_JSON;
        }
        position += word.length();
    }

    private Map<String, Object> objectValue() throws NotJson {
        Map<String, Object> object = new LinkedHashMap<>();
        position++;
        skipSpace();
        if (position < text.length() && text.charAt(position) == '}') {
            position++;
            return object;
        }
        while (true) {
            if (position >= text.length() || text.charAt(position) != '"') {
                throw NOT_JSON;
            }
            String key = string();
            skipSpace();
            if (position >= text.length() || text.charAt(position) != ':') {
                throw NOT_JSON;
            }
            position++;
            skipSpace();
            object.put(key, value());
            skipSpace();
            if (position < text.length() && text.charAt(position) == '}') {
                position++;
                return object;
            }
            if (position >= text.length() || text.charAt(position) != ',') {
                throw NOT_JSON;
            }
            position++;
            skipSpace();
        }
    }

    private List<Object> array() throws NotJson {
        List<Object> array = new ArrayList<>();
        position++;
        skipSpace();
        if (position < text.length() && text.charAt(position) == ']') {
            position++;
            return array;
        }
        while (true) {
            array.add(value());
            skipSpace();
            if (position < text.length() && text.charAt(position) == ']') {
                position++;
                return array;
            }
            if (position >= text.length() || text.charAt(position) != ',') {
                throw NOT_JSON;
            }
            position++;
            skipSpace();
        }
    }

    private String string() throws NotJson {
        position++;
        StringBuilder out = null;
        int runStart = position;
        while (true) {
            if (position >= text.length()) {
                throw NOT_JSON;
            }
            char character = text.charAt(position);
            if (character == '"') {
                String run = text.substring(runStart, position);
                position++;
                return out == null ? run : out.append(run).toString();
            }
            if (character < 0x20) {
                throw NOT_JSON;
            }
            if (character != '\\') {
                position++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(text, runStart, position);
            position++;
            if (position >= text.length()) {
                throw NOT_JSON;
            }
            char escape = text.charAt(position++);
            switch (escape) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hex4());
                default -> throw NOT_JSON;
            }
            runStart = position;
        }
    }

    private char hex4() throws NotJson {
        if (position + 4 > text.length()) {
            throw NOT_JSON;
        }
        int value = 0;
        for (int index = 0; index < 4; index++) {
            int digit = Character.digit(text.charAt(position + index), 16);
            char character = text.charAt(position + index);
            boolean ascii = (character >= '0' && character <= '9') || (character >= 'a' && character <= 'f') || (character >= 'A' && character <= 'F');
            if (!ascii || digit < 0) {
                throw NOT_JSON;
            }
            value = value * 16 + digit;
        }
        position += 4;
        return (char) value;
    }

    private Double number() throws NotJson {
        int start = position;
        if (text.charAt(position) == '-') {
            position++;
        }
        if (position < text.length() && text.charAt(position) >= '1' && text.charAt(position) <= '9') {
            position++;
            skipDigits();
        } else if (position < text.length() && text.charAt(position) == '0') {
            position++;
        } else {
            throw NOT_JSON;
        }
        if (position + 1 < text.length() && text.charAt(position) == '.' && isDigit(text.charAt(position + 1))) {
            position += 2;
            skipDigits();
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            int exponent = position;
            position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                position++;
            }
            int digits = position;
            skipDigits();
            if (position == digits) {
                position = exponent;
            }
        }
        return Double.parseDouble(text.substring(start, position));
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private void skipDigits() {
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
    }
}
