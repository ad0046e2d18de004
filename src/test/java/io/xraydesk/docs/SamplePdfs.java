package io.xraydesk.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small but genuine "true PDF" documents (a text layer, no scan) for the guide's scenario, so the
 * screenshots show what an analyst really uploads.
 */
final class SamplePdfs {

    private static final float MARGIN = 56;
    private static final float LEADING = 16;

    private SamplePdfs() {
    }

    /** Writes a one-page A4 PDF with {@code title} in bold and {@code lines} below it. */
    static Path write(Path file, String title, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                text.showText(title);
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(0, -2 * LEADING);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -LEADING);
                }
                text.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
