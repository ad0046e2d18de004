package io.xraydesk.core.export;

import java.awt.Color;
import java.util.Locale;

/** The colours of an exported PDF: the same meaning as on screen, printable in black and white too. */
final class PdfPalette {

    static final Color TEXT = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x65, 0x6D, 0x76);
    static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    static final Color HEADER_FILL = new Color(0xF0, 0xF3, 0xF6);
    static final Color ZEBRA = new Color(0xF8, 0xF9, 0xFA);
    static final Color ACCENT = new Color(0x09, 0x69, 0xDA);
    static final Color GOOD = new Color(0x1A, 0x7F, 0x37);
    static final Color WARNING = new Color(0x9A, 0x67, 0x00);
    static final Color BAD = new Color(0xCF, 0x22, 0x2E);
    static final Color[] SERIES = {new Color(0x2D, 0xA4, 0x4E), new Color(0xCF, 0x22, 0x2E), ACCENT};

    private PdfPalette() {
    }

    static Color grade(String grade) {
        String g = grade == null ? "" : grade.trim().toUpperCase(Locale.ROOT);
        return switch (g) {
            case "A" -> new Color(0x1A, 0x7F, 0x37);
            case "B" -> new Color(0x4A, 0xC2, 0x6B);
            case "C" -> new Color(0xBF, 0x87, 0x00);
            case "D" -> new Color(0xE1, 0x6F, 0x24);
            case "E" -> new Color(0xCF, 0x22, 0x2E);
            default -> MUTED;
        };
    }

    static Color of(Emphasis emphasis) {
        return switch (emphasis) {
            case GOOD -> GOOD;
            case WARNING -> WARNING;
            case BAD -> BAD;
            case NONE -> TEXT;
        };
    }
}
