package io.xraydesk.ui.widgets;

import java.util.Locale;
import javafx.scene.control.Label;

/**
 * Small coloured labels: the A–E grade of a report and status chips. Their colours live in
 * {@code app.css} (classes {@code grade-badge grade-a…grade-e} and {@code chip chip-<tone>}).
 */
public final class Badges {

    /** The meaning a chip's colour conveys. */
    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, DANGER }

    private Badges() {
    }

    /**
     * A grade badge. Grades outside A–E (the API may grow) are shown verbatim in the neutral style
     * instead of failing.
     */
    public static Label grade(String grade) {
        return gradeLook(grade).label();
    }

    /** The look of {@link #grade(String)}, for a label made once. */
    public static LabelLook gradeLook(String grade) {
        String text = grade == null ? "?" : grade.trim().toUpperCase(Locale.ROOT);
        return new LabelLook(text, "grade-badge", DataText.STYLE_CLASS,
                text.matches("[A-E]") ? "grade-" + text.toLowerCase(Locale.ROOT) : "grade-unknown");
    }

    /** A grade no taller than a line of text, for tab titles. */
    public static Label smallGrade(String grade) {
        Label badge = grade(grade);
        badge.getStyleClass().add("grade-small");
        return badge;
    }

    /** A rounded status chip with already translated text. */
    public static Label chip(String text, Tone tone) {
        return chipLook(text, tone).label();
    }

    /** The look of {@link #chip(String, Tone)}, for a label made once. */
    public static LabelLook chipLook(String text, Tone tone) {
        return new LabelLook(text, "chip", "chip-" + tone.name().toLowerCase(Locale.ROOT));
    }

    /** Changes the tone of an existing chip, e.g. when a status moves on. */
    public static void retone(Label chip, Tone tone) {
        chip.getStyleClass().removeIf(style -> style.startsWith("chip-"));
        chip.getStyleClass().add("chip-" + tone.name().toLowerCase(Locale.ROOT));
    }
}
