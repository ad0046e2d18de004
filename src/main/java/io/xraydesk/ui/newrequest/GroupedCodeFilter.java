package io.xraydesk.ui.newrequest;

import io.xraydesk.core.codes.CodeProblem;
import io.xraydesk.core.codes.CompanyCodeType;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextFormatter;

/**
 * Keeps a company code grouped as the analyst types or pastes it ({@code 514 673 987}), with the
 * caret after the same digit as before. Pasted separators (spaces of any kind, dots, dashes) are
 * replaced by the type's grouping; text holding anything else is left untouched so the code rule
 * can name the offending character. Deleting a group space deletes the digit next to it, otherwise
 * Backspace would seem stuck on the space the grouping puts back.
 */
final class GroupedCodeFilter implements UnaryOperator<TextFormatter.Change> {

    /** Past any identifier's length: longer input is shown ungrouped (the rule reports its length). */
    private static final int LONGEST_GROUPED = 20;

    private final Supplier<CompanyCodeType> type;

    GroupedCodeFilter(Supplier<CompanyCodeType> type) {
        this.type = type;
    }

    @Override
    public TextFormatter.Change apply(TextFormatter.Change change) {
        if (!change.isContentChange()) {
            return change;
        }
        String proposed = change.getControlNewText();
        // The rule decides what a separator is: text it refuses character-wise is left as typed.
        CompanyCodeType current = type.get();
        if (current.check(proposed).problem().filter(GroupedCodeFilter::aboutCharacters).isPresent()) {
            return change;
        }
        String digits = digitsOf(proposed);
        int caretDigits = digitsOf(proposed.substring(0, Math.min(change.getCaretPosition(), proposed.length())))
                .length();
        if (onlySeparatorsDeleted(change, digits)) {
            boolean backspace = change.getControlCaretPosition() == change.getRangeEnd();
            int removed = backspace ? caretDigits - 1 : caretDigits;
            if (removed >= 0 && removed < digits.length()) {
                digits = digits.substring(0, removed) + digits.substring(removed + 1);
                caretDigits = removed;
            }
        }
        String grouped = group(current, digits);
        change.setRange(0, change.getControlText().length());
        change.setText(grouped);
        int caret = positionAfterDigits(grouped, caretDigits);
        change.setCaretPosition(caret);
        change.setAnchor(caret);
        return change;
    }

    /**
     * Groups a partial code like the complete one: the digits are padded to the shortest length the
     * type knows how to group, grouped by the type itself, and the padding cut off again, so the
     * grouping rules stay in {@code core.codes}.
     */
    static String group(CompanyCodeType type, String digits) {
        if (digits.isEmpty()) {
            return digits;
        }
        for (int length = digits.length(); length <= LONGEST_GROUPED; length++) {
            String padded = digits + "0".repeat(length - digits.length());
            String formatted = type.format(padded);
            if (formatted != null && !formatted.equals(padded)) {
                return formatted.substring(0, positionAfterDigits(formatted, digits.length()));
            }
        }
        return digits;
    }

    private static boolean onlySeparatorsDeleted(TextFormatter.Change change, String newDigits) {
        return change.isDeleted() && change.getText().isEmpty()
                && digitsOf(change.getControlText()).equals(newDigits);
    }

    /** Index just after the {@code count}-th digit of {@code text} (0 for none). */
    private static int positionAfterDigits(String text, int count) {
        if (count <= 0) {
            return 0;
        }
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && ++seen == count) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** ASCII digits of the text, Unicode decimal digits of other scripts included. */
    static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.codePoints().filter(Character::isDigit).forEach(cp -> digits.append((char) ('0' + Character.digit(cp, 10))));
        return digits.toString();
    }

    private static boolean aboutCharacters(CodeProblem problem) {
        return problem == CodeProblem.NON_DIGIT || problem == CodeProblem.TOO_LONG;
    }
}
