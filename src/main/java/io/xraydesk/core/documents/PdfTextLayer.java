package io.xraydesk.core.documents;

import io.xraydesk.core.i18n.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks that a PDF opens and carries a text layer. The analysis reads text, so a scanned PDF (images
 * only) gives a poor result: that is a warning, since the analyst may have nothing better.
 * A PDF that needs a password to open, or that PDFBox (a lenient parser) cannot read at all, is
 * refused: the analysis service could not read it either, and the upload would only fail later.
 * A PDF encrypted with an owner password only (printing or copying restricted) opens normally and
 * passes.
 */
final class PdfTextLayer {

    /** Pages read: enough to tell a scan from a text PDF without reading a 300-page ledger. */
    static final int PAGES_CHECKED = 3;
    /** Fewer letters and digits than this on the first pages is a scan with at most a stamp of text. */
    static final int MIN_TEXT_CHARACTERS = 20;

    private PdfTextLayer() {
    }

    static Optional<Problem<DocumentProblem>> check(Path file, String name) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(PAGES_CHECKED);
            long meaningful = stripper.getText(document).codePoints().filter(Character::isLetterOrDigit).count();
            return meaningful < MIN_TEXT_CHARACTERS
                    ? Optional.of(Problem.of(DocumentProblem.PDF_NO_TEXT, name))
                    : Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of(Problem.of(DocumentProblem.PDF_PASSWORD, name));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox signals broken structures with both exceptions, and parses nested arrays and
            // dictionaries recursively, so a crafted file overflows the stack: this thread's stack
            // is unwound by now, and either way the file cannot be analysed.
            return Optional.of(Problem.of(DocumentProblem.PDF_CORRUPT, name));
        }
    }
}
