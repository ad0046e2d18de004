package io.xraydesk.core.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PdfValidation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credit memo on a machine without any TrueType font of its own: the font shipped inside PDFBox is
 * embedded, French accents and the company's name print as typed, and the file is still PDF/A-2b and
 * PDF/UA-1 for veraPDF.
 */
class MemoPdfTest {

    @RegisterExtension
    final MessagesLocale french = MessagesLocale.french();

    @TempDir
    Path dir;

    @Test
    void withoutSystemFontsTheMemoEmbedsPdfBoxsFontAndStaysArchivable() throws Exception {
        AnalysisRequest request = new AnalysisRequest("6413297aad6e59418e7748fb", CompanyCode.siren("514673987"),
                null, null, "Boulangerie Lefèvre & Fils", null, List.of(), null, null, null);
        ExportSubject subject = ExportSubject.request(request, List.of(ReportFixtures.report("financial", "B",
                "{\"probabilityOfDefault\": 0.024}")));
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        CreditMemo memo = new CreditMemo(subject, Optional.of(new CreditMemo.Decision("Renvoi à l’échelon supérieur",
                Optional.empty(), Optional.empty(), List.of("Caution personnelle du gérant"),
                Optional.of("Trésorerie tendue à l’été."), "Élodie Garçon", at, 2)),
                List.of(new CreditMemo.Note("Élodie Garçon", at, List.of("Créances clients élevées.", "• délai 95 j"))),
                List.of(new CreditMemo.Document("relevé-mars.pdf", "relevés bancaires", "mois", "2024-03-31", at,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                List.of(new CreditMemo.TrailLine(at, "Élodie Garçon", "Décision modifiée")), "Élodie Garçon", at);
        Path pdf = dir.resolve("note.pdf");

        new MemoPdf(false).write(memo, pdf);

        String text = ReportExporterTest.textOf(pdf);
        for (String expected : List.of("Note de crédit", "Boulangerie Lefèvre & Fils", "SIREN 514 673 987", "Renvoi à l’échelon supérieur",
                "Caution personnelle du gérant", "Trésorerie tendue à l’été.", "Créances clients élevées.",
                "relevé-mars.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "produite par Élodie Garçon", "(version 2)", "X-Ray Financier")) {
            assertTrue(text.contains(expected), "the memo says \"" + expected + "\":\n" + text);
        }
        PdfValidation.assertArchivableAndTagged(pdf);
    }
}
