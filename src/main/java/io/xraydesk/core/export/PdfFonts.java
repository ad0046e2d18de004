package io.xraydesk.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The regular and bold fonts of an exported PDF. A TrueType font found on this machine (the JDK's,
 * DejaVu or Liberation on Linux, Arial on Windows and macOS) is embedded as a subset so that French
 * accents and any name print as typed; without one, Helvetica (Standard 14, WinAnsi: accents still
 * work) is used and characters it cannot encode are replaced by {@code ?} instead of failing.
 */
final class PdfFonts {

    /** Regular/bold pairs, most complete first. */
    private static final List<List<String>> CANDIDATES = List.of(
            List.of(System.getProperty("java.home") + "/lib/fonts/DejaVuSans.ttf",
                    System.getProperty("java.home") + "/lib/fonts/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            List.of("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
            List.of("/System/Library/Fonts/Supplemental/Arial.ttf",
                    "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            List.of("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"));

    /** Inside the PDFBox jar, for its own form fields. */
    private static final String PDFBOX_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    final PDFont regular;
    final PDFont bold;
    final boolean embedded;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold, boolean embedded) {
        this.regular = regular;
        this.bold = bold;
        this.embedded = embedded;
    }

    static PdfFonts load(PDDocument document, boolean allowSystemFonts) {
        if (allowSystemFonts) {
            for (List<String> pair : CANDIDATES) {
                Optional<PdfFonts> fonts = tryLoad(document, Path.of(pair.get(0)), Path.of(pair.get(1)));
                if (fonts.isPresent()) {
                    return fonts.get();
                }
            }
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
    }

    /**
     * Fonts that are embedded whatever the machine, as an archivable PDF requires: this machine's as
     * {@link #load} finds them (when allowed), else the Liberation Sans that PDFBox ships (a regular
     * face only, so bold text is drawn in it too).
     */
    static PdfFonts embedded(PDDocument document, boolean allowSystemFonts) throws IOException {
        PdfFonts found = load(document, allowSystemFonts);
        if (found.embedded) {
            return found;
        }
        try (InputStream in = PDDocument.class.getResourceAsStream(PDFBOX_FONT)) {
            if (in == null) {
                throw new IOException("no font to embed: neither this machine's nor " + PDFBOX_FONT);
            }
            PDFont font = PDType0Font.load(document, in);
            return new PdfFonts(font, font, true);
        }
    }

    private static Optional<PdfFonts> tryLoad(PDDocument document, Path regular, Path bold) {
        if (!Files.isReadable(regular)) {
            return Optional.empty();
        }
        try {
            PDFont r = PDType0Font.load(document, regular.toFile());
            PDFont b = Files.isReadable(bold) ? PDType0Font.load(document, bold.toFile()) : r;
            return Optional.of(new PdfFonts(r, b, true));
        } catch (IOException | RuntimeException unusable) {
            // A damaged or unsupported font file: try the next candidate.
            return Optional.empty();
        }
    }

    /** The text with line breaks flattened and every character the font cannot draw replaced. */
    String safe(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else if (Character.isSpaceChar(cp)) {
                // French groups digits with a narrow no-break space, which WinAnsi lacks.
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException notInFont) {
            return false;
        }
    }

    /** Width in points of already safe text. */
    static float width(PDFont font, float size, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException | IllegalArgumentException unmeasurable) {
            return safeText.length() * size * 0.5f;
        }
    }
}
