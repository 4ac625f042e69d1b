package kucoinerrors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message matching, as every binding does it: texts compared normalised (runs of Unicode White_Space as one
 * space, trimmed, trailing full stops and exclamation marks dropped) and, for exact matches, with ASCII letters
 * lowered; templates matched against the normalised text ignoring ASCII case only.
 */
final class Matching {
    /** A variant with placeholders: its expression and the names of its placeholders, in order. */
    record Template(MessageVariant variant, Pattern pattern, List<String> names) {
    }

    /** What matching a message under one code takes: its entry, exact texts and templates. */
    record CodeMatcher(ErrorInfo entry, Map<String, MessageVariant> exact, List<Template> templates) {
    }

    /** A code's template, for naming the code of a message without one. */
    record CodedPattern(int code, Pattern pattern) {
    }

    /** How a message matched one code: the quality, the variant and the values read from the message. */
    record Match(MatchQuality quality, MessageVariant variant, Map<String, String> values) {
    }

    private static final Match CODE_ONLY = new Match(MatchQuality.CODE_ONLY, null, Map.of());

    /** Per domain, each code's matcher. */
    static final Map<Domain, Map<Integer, CodeMatcher>> MATCHERS = new EnumMap<>(Domain.class);
    /** Per domain, each normalised folded text and the lowest code that has it. */
    private static final Map<Domain, Map<String, Integer>> BY_MESSAGE = new EnumMap<>(Domain.class);
    /** Per domain, every template with its code, lowest code first. */
    private static final Map<Domain, List<CodedPattern>> DOMAIN_TEMPLATES = new EnumMap<>(Domain.class);

    static {
        Map<Domain, Map<Integer, List<TemplatePatterns.TemplatePattern>>> patterns = new EnumMap<>(Domain.class);
        for (TemplatePatterns.TemplatePattern pattern : TemplatePatterns.ALL) {
            patterns.computeIfAbsent(pattern.domain(), domain -> new HashMap<>()).computeIfAbsent(pattern.code(), code -> new ArrayList<>()).add(pattern);
        }
        for (Domain domain : Domain.values()) {
            Map<Integer, CodeMatcher> matchers = new HashMap<>();
            Map<String, Integer> byMessage = new HashMap<>();
            List<CodedPattern> templates = new ArrayList<>();
            Map<Integer, List<TemplatePatterns.TemplatePattern>> domainPatterns = patterns.getOrDefault(domain, Map.of());
            for (KucoinErrorCode member : ErrorCodes.of(domain)) {
                CodeMatcher matcher = matcher(member.info(), domainPatterns.getOrDefault(member.code(), List.of()));
                matchers.put(member.code(), matcher);
                for (String text : matcher.exact().keySet()) {
                    byMessage.merge(text, member.code(), Math::min);
                }
            }
            List<Integer> codes = new ArrayList<>(matchers.keySet());
            Collections.sort(codes);
            for (int code : codes) {
                for (Template template : matchers.get(code).templates()) {
                    templates.add(new CodedPattern(code, template.pattern()));
                }
            }
            MATCHERS.put(domain, matchers);
            BY_MESSAGE.put(domain, byMessage);
            DOMAIN_TEMPLATES.put(domain, templates);
        }
    }

    private Matching() {
    }

    private static CodeMatcher matcher(ErrorInfo info, List<TemplatePatterns.TemplatePattern> patterns) {
        Map<String, MessageVariant> exact = new HashMap<>();
        for (MessageVariant variant : info.variants()) {
            List<String> texts = new ArrayList<>();
            texts.add(variant.documentedText());
            texts.add(variant.message());
            if (variant.key() != null) {
                texts.add(variant.key());
            }
            texts.addAll(variant.aliases());
            for (String text : texts) {
                exact.putIfAbsent(fold(normalise(text)), variant);
            }
        }
        List<Template> templates = new ArrayList<>();
        for (TemplatePatterns.TemplatePattern pattern : patterns) {
            MessageVariant variant = info.variants().get(pattern.variantIndex());
            List<String> names = new ArrayList<>();
            for (Placeholder placeholder : variant.placeholders()) {
                names.add(placeholder.name());
            }
            // Without UNICODE_CASE, case is ignored for ASCII letters only, as in every binding.
            templates.add(new Template(variant, Pattern.compile(pattern.pattern(), Pattern.CASE_INSENSITIVE), List.copyOf(names)));
        }
        return new CodeMatcher(info, exact, List.copyOf(templates));
    }

    /** True for Unicode's White_Space characters (Wire.WHITESPACE). */
    static boolean isWhitespace(char character) {
        return Wire.WHITESPACE.indexOf(character) >= 0;
    }

    /** Runs of white space as one space, trimmed, without trailing full stops: what templates match; case kept. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (isWhitespace(character)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(character);
            }
        }
        int end = out.length();
        while (end > 0 && Wire.TRAILING.indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** ASCII letters in lower case, other characters as they are: the key of an exact match. */
    static String fold(String text) {
        char[] characters = null;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character >= 'A' && character <= 'Z') {
                if (characters == null) {
                    characters = text.toCharArray();
                }
                characters[index] = (char) (character + ('a' - 'A'));
            }
        }
        return characters == null ? text : new String(characters);
    }

    /** The code a string is in its wire form: ASCII digits without a leading zero, at most MAX_CODE; else null. */
    static Integer canonicalCode(String text) {
        if (text.isEmpty() || text.length() > 10 || text.charAt(0) == '0') {
            return null;
        }
        long value = 0;
        for (int index = 0; index < text.length(); index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return null;
            }
            value = value * 10 + (digit - '0');
        }
        return value <= Wire.MAX_CODE ? (int) value : null;
    }

    /** The domain, then the layer its responses come through (the gateway), if any. */
    static List<Domain> layers(Domain domain) {
        return domain.fallback().map(fallback -> List.of(domain, fallback)).orElseGet(() -> List.of(domain));
    }

    /** The lowest code whose exact text, else whose template, the message is; the domain's, then its fallback's. */
    static Integer codeNamedBy(Domain domain, String normalised, String folded) {
        boolean templatesApply = normalised.codePointCount(0, normalised.length()) <= Wire.TEMPLATE_MATCH_LIMIT;
        for (Domain layer : layers(domain)) {
            Integer code = BY_MESSAGE.get(layer).get(folded);
            if (code == null && templatesApply) {
                for (CodedPattern template : DOMAIN_TEMPLATES.get(layer)) {
                    if (template.pattern().matcher(normalised).matches()) {
                        code = template.code();
                        break;
                    }
                }
            }
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The lowest code whose catalogued text {@code message} is exactly, in the domain then its fallback. */
    static Integer codeOfExactText(Domain domain, String message) {
        if (message.isEmpty()) {
            return null;
        }
        String folded = fold(normalise(message));
        for (Domain layer : layers(domain)) {
            Integer code = BY_MESSAGE.get(layer).get(folded);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** How {@code matcher}'s code matches a message: its exact text, a filled-in template, or only the code. */
    static Match match(CodeMatcher matcher, String normalised, String folded) {
        MessageVariant variant = matcher.exact().get(folded);
        if (variant != null) {
            return new Match(MatchQuality.EXACT, variant, Map.of());
        }
        if (normalised.codePointCount(0, normalised.length()) > Wire.TEMPLATE_MATCH_LIMIT) {
            return CODE_ONLY;
        }
        for (Template template : matcher.templates()) {
            Matcher matched = template.pattern().matcher(normalised);
            if (matched.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int group = 0; group < template.names().size(); group++) {
                    values.put(template.names().get(group), matched.group(group + 1));
                }
                return new Match(MatchQuality.TEMPLATE, template.variant(), Collections.unmodifiableMap(values));
            }
        }
        return CODE_ONLY;
    }
}
