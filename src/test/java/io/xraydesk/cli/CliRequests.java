package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A request driven through the command line, as the analyst's scripts do: create, upload, read, export. */
final class CliRequests {

    private final CliHarness cli;
    private final Path home;

    /** Runs commands through {@code cli}, whose files (documents, exports) go in {@code home}. */
    CliRequests(CliHarness cli, Path home) {
        this.cli = cli;
        this.home = home;
    }

    CliHarness cli() {
        return cli;
    }

    /** Creates a request for Atelier Dupont and returns its id. */
    String created() throws Exception {
        Run run = cli.run("request", "create", "--siren", "514673987", "--name", "Atelier Dupont", "--json");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return WireJson.mapper().readTree(run.out()).path("request").path("id").asText();
    }

    void upload(String id, String kind, String period, String date, String name) throws Exception {
        Run run = cli.run("upload", "--request", id, "--kind", kind, "--period", period, "--date", date,
                TestPdfs.write(home.resolve(name), "Statement").toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
    }

    /** What {@code request get} prints. */
    String text(String id) {
        return cli.run("request", "get", id).out();
    }

    JsonNode json(String id) throws Exception {
        Run run = cli.run("request", "get", id, "--json");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return WireJson.mapper().readTree(run.out());
    }

    /** The text of the request PDF's first page: its summary. */
    String coverPage(String id) throws Exception {
        Path pdf = home.resolve("request.pdf");
        Run run = cli.run("export", id, "--format", "pdf", "--out", pdf.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(document);
        }
    }
}
