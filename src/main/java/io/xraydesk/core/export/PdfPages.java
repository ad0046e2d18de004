package io.xraydesk.core.export;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * A flowing A4 layout over PDFBox: a cursor that moves down the page and starts a new page when the
 * next block does not fit. Coordinates given to callers are PDF points from the page's bottom-left.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 40;
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = MARGIN;
    static final float RIGHT = SIZE.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = SIZE.getHeight() - MARGIN;
    /** Room kept for the page number line. */
    private static final float BOTTOM = MARGIN + 14;

    final PDDocument document;
    final PdfFonts fonts;
    private final PdfTags tags;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document, PdfFonts fonts) throws IOException {
        this(document, fonts, PdfTags.NONE);
    }

    /** Pages whose text and decoration are tagged as they are drawn (see {@link PdfTags}). */
    PdfPages(PDDocument document, PdfFonts fonts, PdfTags tags) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.tags = tags;
        newPage();
    }

    float y() {
        return y;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Starts a new page unless {@code height} points still fit below the cursor. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        page = new PDPage(SIZE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    void down(float points) {
        y -= points;
    }

    /** Writes one line of text with its baseline at {@code baseline}; returns the drawn width. */
    float text(float x, float baseline, String text, PDFont font, float size, Color color) throws IOException {
        return text(StandardStructureTypes.P, x, baseline, text, font, size, color);
    }

    /** Writes a heading line: {@code role} is its level in the structure (H1, H2). */
    float heading(String role, float x, float baseline, String text, PDFont font, float size, Color color)
            throws IOException {
        return text(role, x, baseline, text, font, size, color);
    }

    private float text(String role, float x, float baseline, String text, PDFont font, float size, Color color)
            throws IOException {
        String safe = fonts.safe(font, text);
        tags.text(stream, page, role, () -> {
            stream.beginText();
            stream.setNonStrokingColor(color);
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(safe);
            stream.endText();
        });
        return PdfFonts.width(font, size, safe);
    }

    /** The text cut with an ellipsis so that it fits {@code maxWidth}. */
    String fit(String text, PDFont font, float size, float maxWidth) {
        String safe = fonts.safe(font, text);
        if (PdfFonts.width(font, size, safe) <= maxWidth) {
            return safe;
        }
        String ellipsis = fonts.safe(font, "…");
        int end = safe.length();
        while (end > 0 && PdfFonts.width(font, size, safe.substring(0, end) + ellipsis) > maxWidth) {
            end--;
        }
        return safe.substring(0, end) + ellipsis;
    }

    /**
     * {@code text} from {@code x} to the right margin, wrapped at spaces into lines {@code lineHeight}
     * points apart, each line starting a new page when it does not fit; the cursor moves past it.
     */
    void paragraph(float x, String text, PDFont font, float size, float lineHeight, Color colour) throws IOException {
        String safe = fonts.safe(font, text);
        float width = RIGHT - x;
        StringBuilder line = new StringBuilder();
        for (String word : safe.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && PdfFonts.width(font, size, candidate) > width) {
                paragraphLine(x, line.toString(), font, size, lineHeight, colour);
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        paragraphLine(x, line.toString(), font, size, lineHeight, colour);
    }

    private void paragraphLine(float x, String text, PDFont font, float size, float lineHeight, Color colour)
            throws IOException {
        ensure(lineHeight);
        text(x, y - size, fit(text, font, size, RIGHT - x), font, size, colour);
        down(lineHeight);
    }

    void fillRect(float x, float yBottom, float width, float height, Color color) throws IOException {
        tags.artifact(stream, () -> {
            stream.setNonStrokingColor(color);
            stream.addRect(x, yBottom, width, height);
            stream.fill();
        });
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        tags.artifact(stream, () -> {
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        });
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
