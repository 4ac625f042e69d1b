package kucoinerrors;

/** Reading the text of a body: UTF-8 as every binding decodes it, trimming, and Cloudflare's rate-limit page. */
final class Text {
    private static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    /**
     * {@code bytes} decoded as UTF-8, each maximal invalid subsequence as one U+FFFD (as Python and the WHATWG
     * decoder do; the JDK's decoder counts some otherwise).
     */
    static String decodeUtf8(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int index = 0;
        while (index < bytes.length) {
            int lead = bytes[index] & 0xFF;
            if (lead < 0x80) {
                out.append((char) lead);
                index++;
                continue;
            }
            int needed;
            int lower = 0x80;
            int upper = 0xBF;
            int point;
            if (lead >= 0xC2 && lead <= 0xDF) {
                needed = 1;
                point = lead & 0x1F;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                needed = 2;
                point = lead & 0x0F;
                if (lead == 0xE0) {
                    lower = 0xA0;
                } else if (lead == 0xED) {
                    upper = 0x9F;
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                needed = 3;
                point = lead & 0x07;
                if (lead == 0xF0) {
                    lower = 0x90;
                } else if (lead == 0xF4) {
                    upper = 0x8F;
                }
            } else {
                out.append(REPLACEMENT);
                index++;
                continue;
            }
            index++;
            boolean complete = true;
            for (int seen = 0; seen < needed; seen++) {
                int next = index < bytes.length ? bytes[index] & 0xFF : -1;
                if (next < lower || next > upper) {
                    complete = false;
                    break;
                }
                point = (point << 6) | (next & 0x3F);
                lower = 0x80;
                upper = 0xBF;
                index++;
            }
            if (complete) {
                out.appendCodePoint(point);
            } else {
                out.append(REPLACEMENT);
            }
        }
        return out.toString();
    }

    /** {@code text} without one byte order mark before it, as fetch's {@code text()} and {@code TextDecoder} drop it. */
    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** {@code text} without white space (Unicode's White_Space) at either end. */
    static String trimWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Matching.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Matching.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The first {@code limit} code points of {@code text}. */
    static String firstCodePoints(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int points = text.codePointCount(0, text.length());
        return points <= limit ? text : text.substring(0, text.offsetByCodePoints(0, limit));
    }

    private static boolean isAsciiWord(char character) {
        return (character >= '0' && character <= '9') || (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z') || character == '_';
    }

    /** True when {@code text} has "1015" as an ASCII word; linear. */
    static boolean namesError1015(String text) {
        int from = 0;
        while (true) {
            int found = text.indexOf("1015", from);
            if (found < 0) {
                return false;
            }
            int end = found + 4;
            if ((found == 0 || !isAsciiWord(text.charAt(found - 1))) && (end == text.length() || !isAsciiWord(text.charAt(end)))) {
                return true;
            }
            from = found + 1;
        }
    }

    private static boolean asciiRegionMatches(String text, int offset, String lower) {
        if (offset < 0 || offset + lower.length() > text.length()) {
            return false;
        }
        for (int index = 0; index < lower.length(); index++) {
            char character = text.charAt(offset + index);
            if (character >= 'A' && character <= 'Z') {
                character = (char) (character + ('a' - 'A'));
            }
            if (character != lower.charAt(index)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} says "rate limit" ignoring ASCII case, with at most one character between the words; linear. */
    static boolean saysRateLimited(String text) {
        for (int index = 0; index + 4 <= text.length(); index++) {
            if (asciiRegionMatches(text, index, "rate")) {
                int after = index + 4;
                if (asciiRegionMatches(text, after, "limit")) {
                    return true;
                }
                if (after < text.length() && asciiRegionMatches(text, after + Character.charCount(text.codePointAt(after)), "limit")) {
                    return true;
                }
            }
        }
        return false;
    }
}
