package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PdfValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memo} against the sandbox, for a request with all five X-Rays, two notes and a decision: the
 * PDF holds, as text a reader extracts, the company, the decision with its limit, each X-Ray, the notes
 * and the documents with their SHA-256, in English and in French; veraPDF finds it PDF/A-2b and PDF/UA-1;
 * and its production is in the request's history.
 */
class MemoCommandTest {

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.builder().build());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    @Test
    void theMemoOfAFullyAnalysedRequestSaysWhatTheCommitteeReadsInBothLanguagesAndIsArchivable() throws Exception {
        AnalysedRequest analysed = AnalysedRequest.in(sandbox, home);
        String id = analysed.id();
        Path bank = analysed.bank();
        Path accounts = analysed.accounts();
        JsonNode reports = ok(cli().run("reports", id, "--json"));

        Path english = home.resolve("memo/atelier-en.pdf");
        JsonNode written = ok(cli().run("memo", id, "--out", english.toString(), "--lang", "en", "--json"));
        assertEquals("en", written.path("language").asText());
        String text = text(english);
        for (String expected : List.of("Credit memo", "Atelier Dupont", "SIREN 514 673 987", id, "Decision: Approve",
                "Limit: 150,000.00 EUR", "Duration: 24 months", "Quarterly accounts", "Bank flows cover the limit.",
                "Doc X-Ray", "Bank X-Ray", "Financial X-Ray", "ESG X-Ray", "Manager X-Ray",
                "Cash is tight in Q3.", "• rent paid late", "• payroll on time", "bank.pdf", "accounts.pdf",
                "SHA-256 " + TestPdfs.sha256(bank), "SHA-256 " + TestPdfs.sha256(accounts), "Audit trail",
                "accounts.pdf — annual accounts — period year", "bank.pdf — bank statements — period month",
                "Request created for SIREN 514 673 987 (Atelier Dupont)", "Document sent: bank.pdf (bank statements)")) {
            assertTrue(text.contains(expected), "the memo says \"" + expected + "\":\n" + text);
        }
        for (JsonNode report : reports) {
            if (!report.path("score").isMissingNode() && !report.path("score").isNull()) {
                assertTrue(text.contains("Grade: " + report.path("score").asText()), report + "\n" + text);
            }
        }
        PdfValidation.assertArchivableAndTagged(english);

        Path french = home.resolve("memo/atelier-fr.pdf");
        ok(cli().run("memo", id, "--out", french.toString(), "--lang", "fr", "--json"));
        String texte = text(french);
        for (String expected : List.of("Note de crédit", "Atelier Dupont", "Décision : Accord",
                "Limite : 150 000,00 EUR", "Durée : 24 mois", "Notes des analystes", "Documents analysés",
                "Piste d’audit", "Cash is tight in Q3.", "accounts.pdf — comptes annuels — période année",
                "Demande créée pour SIREN 514 673 987 (Atelier Dupont)", "Document envoyé : accounts.pdf (comptes annuels)",
                "Note de crédit produite : atelier-en.pdf (anglais)")) {
            assertTrue(texte.contains(expected), "the French memo says \"" + expected + "\":\n" + texte);
        }
        for (String memo : List.of(text, texte)) {
            assertFalse(memo.contains("certified_financial_statement") || memo.contains("bank_statement")
                    || memo.contains("siren 514"), "the memo speaks in words, not wire names:\n" + memo);
        }
        PdfValidation.assertArchivableAndTagged(french);

        List<String> actions = new ArrayList<>();
        ok(cli().run("history", id, "--json")).forEach(entry -> actions.add(entry.path("action").asText()));
        assertEquals(List.of("memo_produced", "memo_produced"), actions.subList(actions.size() - 2, actions.size()));
    }

    @Test
    void anUnknownLanguageIsRefusedBeforeAnythingIsFetched() {
        Run refused = cli().run("memo", "6413297aad6e59418e7748fb", "--out", home.resolve("m.pdf").toString(),
                "--lang", "de");

        assertEquals(ExitCode.USAGE, refused.exit());
        assertTrue(refused.err().contains("use fr or en"), refused.err());
        assertTrue(Files.notExists(home.resolve("m.pdf")));
    }

    /**
     * The text a PDF reader extracts, with the no-break spaces of French numbers as plain spaces and the lines
     * a long trail entry is wrapped over joined again.
     */
    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ')
                    .replaceAll("\\s*\\R", " ");
        }
    }

    private CliHarness cli() {
        return CliHarness.against(sandbox.server(), home);
    }

    private static JsonNode ok(Run run) throws Exception {
        return AnalysedRequest.ok(run);
    }
}
