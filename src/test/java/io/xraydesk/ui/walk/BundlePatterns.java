package io.xraydesk.ui.walk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text a set of resource bundles can produce in one language: the values without arguments as
 * they are, those with {@link java.text.MessageFormat} arguments as patterns where each argument
 * stands for any text (a value made of arguments alone only for texts of the bundle).
 */
final class BundlePatterns {

    private static final Pattern CHOICE = Pattern.compile("\\s*\\d+\\s*,\\s*choice\\s*,(.*)", Pattern.DOTALL);

    private final Set<String> literals = new HashSet<>();
    /** Patterns with words of their own: their arguments may be data. */
    private final List<Pattern> worded = new ArrayList<>();
    /** Patterns that only arrange their arguments ("{0} ({1})"): each argument must be produced too. */
    private final List<Pattern> arrangements = new ArrayList<>();

    BundlePatterns(List<ResourceBundle> bundles) {
        for (ResourceBundle bundle : bundles) {
            for (String key : Collections.list(bundle.getKeys())) {
                String value = bundle.getString(key);
                if (value.contains("{")) {
                    Pattern pattern = Pattern.compile(regex(value), Pattern.DOTALL);
                    boolean hasWords = literalText(pattern).codePoints().anyMatch(Character::isLetter);
                    (hasWords ? worded : arrangements).add(pattern);
                }
                // Messages without arguments are shown as written, quotes included.
                literals.add(value);
            }
        }
    }

    /** The bundle {@code baseName} in {@code locale}, its missing keys from the base bundle. */
    static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** True when a bundle value (its arguments filled in) gives {@code text}; a text without letters is no word. */
    boolean produces(String text) {
        return produces(text, 0);
    }

    private boolean produces(String text, int depth) {
        if (text.codePoints().noneMatch(Character::isLetter) || literals.contains(text)
                || worded.stream().anyMatch(pattern -> pattern.matcher(text).matches())) {
            return true;
        }
        // An arrangement of bundle texts, as "Bank (2)": each part is held to the bundle in turn.
        return depth < 3 && arrangements.stream().map(pattern -> pattern.matcher(text)).anyMatch(match -> match.matches()
                && java.util.stream.IntStream.rangeClosed(1, match.groupCount())
                        .allMatch(group -> produces(match.group(group), depth + 1)));
    }

    /** What a pattern says outside its arguments: its literal parts, choices' texts included. */
    private static String literalText(Pattern pattern) {
        return pattern.pattern().replace("(.*?)", "").replace("(?:", "").replace("\\Q", "").replace("\\E", "");
    }

    /**
     * A MessageFormat pattern as a regular expression: quoting undone, each {argument} any text, a
     * choice ({0,choice,0#no file|1<{0} files}) any of its texts.
     */
    static String regex(String format) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        StringBuilder argument = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth > 0) {
                    argument.append(c);
                } else {
                    regex.append(argumentRegex(argument.toString()));
                    argument.setLength(0);
                }
            } else if (c == '\'') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                depth = 1;
            } else {
                literal.append(c);
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }

    /** Any text for a plain argument; for a choice, any of its texts (themselves patterns). */
    private static String argumentRegex(String argument) {
        Matcher choice = CHOICE.matcher(argument);
        if (!choice.matches()) {
            return "(.*?)";
        }
        List<String> texts = new ArrayList<>();
        int depth = 0;
        StringBuilder text = new StringBuilder();
        for (char c : (choice.group(1) + "|").toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '|' && depth == 0) {
                texts.add(regex(text.toString().replaceFirst("^[^#<\u2264]*[#<\u2264]", "")));
                text.setLength(0);
            } else {
                text.append(c);
            }
        }
        return "(?:" + String.join("|", texts) + ")";
    }
}
