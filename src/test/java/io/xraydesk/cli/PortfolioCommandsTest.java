package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.PortfolioOutcome;
import io.xraydesk.testing.TemporaryFolders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code portfolio import}, {@code portfolio status} and {@code requests list} in process against the sandbox:
 * whole portfolios of 200 companies with 3 to 5 documents each, from a French Windows-1252 CSV and from XLSX.
 */
class PortfolioCommandsTest {

    private static final int COMPANIES = 200;
    /** Small documents: the run is about many companies, not about bytes. */
    private static final int DOCUMENT_BYTES = 1_500;

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private final Path folder = TemporaryFolders.create("xraydesk-portfolio");
    private final Path documents = folder.resolve("documents");
    private final UploadFixture sandbox = new UploadFixture();
    private final CliHarness cli = CliHarness.against(sandbox.server, folder.resolve("home"));

    @AfterEach
    void stop() {
        sandbox.close();
        TemporaryFolders.deleteTree(folder);
    }

    @Test
    void aWindows1252ListOf200CompaniesIsImportedToTheEndAndReportedAsCsv() throws Exception {
        Path list = PortfolioFiles.csv(folder.resolve("portefeuille.csv"),
                PortfolioFiles.companies(COMPANIES, documents, DOCUMENT_BYTES), Charset.forName("windows-1252"));
        Path reportFile = folder.resolve("report.csv");

        CliHarness.Run run = cli.run("portfolio", "import", list.toString(), "--documents", documents.toString(),
                "--concurrency", "4", "--report", reportFile.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err() + run.out().lines().skip(run.out().lines().count() - 5)
                .toList());
        assertTrue(run.out().contains("Batch "), run.out());
        PortfolioOutcome.assertEveryCompanyOnceWithEachDocumentOnlineOnce(sandbox, documents, COMPANIES);
        List<CSVRecord> report = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(Files.newBufferedReader(reportFile, StandardCharsets.UTF_8)).getRecords();
        assertEquals(COMPANIES, report.size());
        assertEquals("created", report.get(7).get("outcome"));
        assertEquals(PortfolioFiles.name(7), report.get(7).get("business_name"), "accents read from Windows-1252");
        assertEquals(String.valueOf(PortfolioFiles.documentsOf(7)), report.get(7).get("documents_online"));

        CliHarness.Run again = cli.run("portfolio", "import", list.toString(), "--documents", documents.toString(),
                "--json");
        assertEquals(ExitCode.OK, again.exit(), again.err());
        JsonNode totals = WireJson.mapper().readTree(again.out()).path("totals");
        assertEquals(COMPANIES, totals.path("reused").asInt(), "a second import reuses every request: " + totals);
        PortfolioOutcome.assertEveryCompanyOnceWithEachDocumentOnlineOnce(sandbox, documents, COMPANIES);

        CliHarness.Run requests = cli.run("requests", "list", "--json");
        JsonNode known = WireJson.mapper().readTree(requests.out());
        assertEquals(COMPANIES, known.size());
        assertEquals("pending", known.get(0).path("xrays").path("esg").path("state").asText(), "launched on creation");
        CliHarness.Run text = cli.run("requests", "list");
        assertEquals(COMPANIES, text.out().lines().count());
        assertTrue(text.out().contains("esg pending"), text.out().lines().findFirst().orElse(""));
    }

    @Test
    void anXlsxListWithFrenchHeadersIsImportedToTheEnd() throws Exception {
        Path list = PortfolioFiles.xlsx(folder.resolve("portefeuille.xlsx"),
                PortfolioFiles.companies(COMPANIES, documents, DOCUMENT_BYTES));

        CliHarness.Run run = cli.run("portfolio", "import", list.toString(), "--documents", documents.toString(),
                "--concurrency", "4", "--json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        PortfolioOutcome.assertEveryCompanyOnceWithEachDocumentOnlineOnce(sandbox, documents, COMPANIES);
        CliHarness.Run status = cli.run("portfolio", "status", "--json");
        assertEquals(ExitCode.OK, status.exit(), status.err());
        JsonNode json = WireJson.mapper().readTree(status.out());
        assertTrue(json.path("finished").asBoolean(), status.out());
        assertEquals(COMPANIES, json.path("totals").path("created").asInt());
    }

    @Test
    void dryRunPrintsEveryProblemRowByRowAndSendsNothing() throws Exception {
        Files.createDirectories(documents.resolve("dupont"));
        Path list = Files.writeString(folder.resolve("list.csv"), "SIREN;Raison sociale;Dossier\n"
                + "514673987;Atelier Dupont;dupont\n"
                + "514673988;Clé fausse;\n"
                + "514673987;Doublon;\n"
                + PortfolioFiles.siren(9) + ";Sans dossier;absent\n", StandardCharsets.UTF_8);

        CliHarness.Run run = cli.run("portfolio", "import", list.toString(), "--documents", documents.toString(),
                "--dry-run");

        assertEquals(ExitCode.VALIDATION, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("Row 3: 514673988 Clé fausse: refused\n    problem: SIREN 514 673 988 is not valid"), out);
        assertTrue(out.contains("Row 4: SIREN 514673987 Doublon: refused\n    problem: The same company is already"
                + " on row 2"), out);
        assertTrue(out.contains("Row 5: SIREN " + PortfolioFiles.siren(9) + " Sans dossier: refused\n"
                + "    problem: The documents folder "), out);
        assertTrue(out.contains("1 company(ies) to import, 3 row(s) refused, 0 document(s) to send."), out);
        assertEquals(0, sandbox.counter("createRequest"));
        assertEquals(0, sandbox.state().path("requests").size());
        CliHarness.Run status = cli.run("portfolio", "status");
        assertEquals(ExitCode.NOT_FOUND, status.exit(), "a dry run journals no batch: " + status.out());
    }
}
