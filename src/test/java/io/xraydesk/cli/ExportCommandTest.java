package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.export.ReportExporterTestAccess;
import io.xraydesk.core.export.SandboxReports;
import io.xraydesk.core.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} against the sandbox over real HTTP: files written, bad input refused clearly. */
class ExportCommandTest {

    private static SandboxReports sandbox;
    @TempDir
    static Path scratch;
    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeAll
    static void produce() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        sandbox = SandboxReports.produce(50, scratch);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private int run(String... tokens) {
        Map<String, String> env = Map.of(CliContext.ENV_BASE_URL, sandbox.server.apiBaseUri().toString(),
                CliContext.ENV_USER_ID, sandbox.server.demoUser().userId(),
                CliContext.ENV_SESSION_TOKEN, sandbox.server.demoUser().token());
        return CommandLine.standard().run(List.of(tokens), env, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @Test
    void wholeRequestAsPdf() throws Exception {
        Path pdf = out.resolve("request.pdf");
        assertEquals(ExitCode.OK, run("export", sandbox.request.id(), "--format", "pdf", "--out", pdf.toString()),
                stderr.toString());
        String text = ReportExporterTestAccess.textOf(pdf);
        assertTrue(text.contains(SandboxReports.COMPANY), text);
        assertTrue(text.contains("Grade: " + sandbox.first("financial").score()), text);
        assertTrue(stdout.toString().contains("(" + sandbox.reports.size() + " reports, pdf)"), stdout.toString());
    }

    @Test
    void oneSourceAsCsvAndJson() throws Exception {
        Path csv = out.resolve("bank.csv");
        assertEquals(ExitCode.OK, run("export", sandbox.request.id(), "--source", "bank", "--format", "CSV",
                "--out", csv.toString()), stderr.toString());
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("\uFEFF\"Bank X-Ray · Apr 1, 2024 – Jun 30, 2024 — Summary\"\r\n"), content.substring(0, 60));
        assertFalse(content.contains("Financial X-Ray"));

        stdout.reset();
        Path json = out.resolve("esg.json");
        assertEquals(ExitCode.OK, run("export", sandbox.request.id(), "--source", "esg", "--format", "json",
                "--out", json.toString(), "--json"), stderr.toString());
        JsonNode written = WireJson.mapper().readTree(json.toFile());
        assertEquals("esg", written.path("source").asText());
        JsonNode printed = WireJson.mapper().readTree(stdout.toString());
        assertEquals(json.toAbsolutePath().toString(), printed.path("file").asText());
        assertEquals(1, printed.path("reports").asInt());
    }

    @Test
    void badFormatMissingReportsAndUnknownRequestAreClearFailures() {
        assertEquals(ExitCode.USAGE, run("export", sandbox.request.id(), "--format", "docx", "--out", "x.docx"));
        assertTrue(stderr.toString().contains("unknown format 'docx'"), stderr.toString());
        assertEquals(ExitCode.USAGE, run("export", "--format", "pdf", "--out", "x.pdf"));
        assertEquals(ExitCode.NOT_FOUND, run("export", "635107e452436f15d3b39d87", "--format", "pdf",
                "--out", out.resolve("none.pdf").toString()));
        assertFalse(Files.exists(out.resolve("none.pdf")));
    }

    @Test
    void linksFolderAndPipesAreRefusedInWordsAndLeftAsTheyWere() throws Exception {
        Path real = Files.writeString(out.resolve("real.csv"), "kept");
        Path link = Files.createSymbolicLink(out.resolve("link.csv"), real);
        Path folder = Files.createDirectory(out.resolve("folder.csv"));
        Path fifo = out.resolve("pipe.csv");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");

        assertEquals(ExitCode.USAGE, run("export", sandbox.request.id(), "--format", "csv", "--out", link.toString()));
        assertEquals(ExitCode.USAGE, run("export", sandbox.request.id(), "--format", "csv", "--out", folder.toString()));
        assertEquals(ExitCode.USAGE, run("export", sandbox.request.id(), "--format", "csv", "--out", fifo.toString()));

        String said = stderr.toString();
        assertTrue(said.contains(link + " is a symbolic link"), said);
        assertTrue(said.contains(folder + " is a folder"), said);
        assertTrue(said.contains(fifo + " is not an ordinary file"), said);
        assertFalse(said.contains("Unexpected"), said);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("kept", Files.readString(real));
        assertTrue(Files.isDirectory(folder));
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void leftoversOfAKilledExportAreRemovedByTheNextExportToTheFolder() throws Exception {
        Path orphan = Files.writeString(out.resolve(".xraydesk-export-" + Long.MAX_VALUE + "-123.part"), "half");
        Path alive = Files.writeString(out.resolve(".xraydesk-export-" + ProcessHandle.current().pid() + "-9.part"),
                "being written by a live export");

        assertEquals(ExitCode.OK, run("export", sandbox.request.id(), "--source", "esg", "--format", "json",
                "--out", out.resolve("esg.json").toString()), stderr.toString());

        assertFalse(Files.exists(orphan), "a leftover of a process that is gone");
        assertTrue(Files.exists(alive), "a live export's temporary file is not touched");
    }
}
