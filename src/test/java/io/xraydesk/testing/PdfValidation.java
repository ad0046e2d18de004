package io.xraydesk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the archiving community's validator, as the tests ask it about a PDF. */
public final class PdfValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {
    }

    /**
     * Fails unless veraPDF finds {@code pdf} PDF/A-2b (archivable) and PDF/UA-1 (tagged for screen
     * readers), as far as a machine checks them; the message lists every rule broken.
     */
    public static void assertArchivableAndTagged(Path pdf) throws IOException {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1)) {
            try (InputStream in = Files.newInputStream(pdf);
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                assertTrue(result.isCompliant(), "veraPDF, " + flavour + ": " + result.getTestAssertions().stream()
                        .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                        .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
                        .distinct().collect(Collectors.joining("\n")));
            } catch (ModelParsingException | EncryptedPdfException | ValidationException unreadable) {
                throw new IOException("veraPDF could not read " + pdf, unreadable);
            }
        }
    }
}
