package io.xraydesk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, CSV and JSON exports of the sandbox's five X-Rays, read back. */
class ReportExporterTest {

    private static SandboxReports sandbox;
    @TempDir
    static Path scratch;
    @TempDir
    Path out;

    @BeforeAll
    static void produce() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        sandbox = SandboxReports.produce(120, scratch);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static ReportExporter exporter(Locale locale, boolean systemFonts) {
        Messages.setLocale(locale);
        return new ReportExporter(new Figures(locale), systemFonts);
    }

    @Test
    void pdfOfTheFinancialReportNamesTheCompanyAndTheGrade() throws Exception {
        Report financial = sandbox.first("financial");
        Path pdf = out.resolve("financial.pdf");
        exporter(Locale.ENGLISH, true).export(ExportSubject.report(sandbox.request, financial), ExportFormat.PDF, pdf,
                ExportProgress.NONE);
        String text = textOf(pdf);
        assertTrue(text.contains(SandboxReports.COMPANY), text);
        assertTrue(text.contains("SIREN 514 673 987"), text);
        assertTrue(text.contains("Grade: " + financial.score()), text);
        assertTrue(text.contains("Most influential variables"), text);
    }

    @Test
    void pdfOfTheWholeRequestHasEveryXRayInFrench() throws Exception {
        Path pdf = out.resolve("demande.pdf");
        exporter(Locale.FRENCH, true).export(ExportSubject.request(sandbox.request, sandbox.reports), ExportFormat.PDF,
                pdf, ExportProgress.NONE);
        String text = textOf(pdf);
        String cover = textOf(pdf, 1, 1);
        assertTrue(cover.contains("Synthèse") && cover.contains("X-Ray Banque") && cover.contains("X-Ray Dirigeant"), cover);
        String reports = textOf(pdf, 2, Integer.MAX_VALUE);
        List<Integer> positions = List.of("X-Ray Financier", "X-Ray Banque · 1 avr. 2024 – 30 juin 2024", "X-Ray ESG",
                "X-Ray Doc · ", "X-Ray Dirigeant").stream().map(reports::indexOf).toList();
        assertTrue(positions.stream().allMatch(p -> p >= 0), "every X-Ray present, headed by what it covers: "
                + positions + "\n" + reports);
        assertEquals(positions.stream().sorted().toList(), positions, "grades first, then the checks");
        assertTrue(reports.contains("X-Ray Doc · releve-juin.pdf") && reports.contains("X-Ray Doc · bilan-2023.pdf"));
        assertTrue(reports.lastIndexOf("X-Ray Doc · ") > positions.get(4),
                "the older Doc X-Ray after the newest report of each X-Ray");
        assertTrue(text.contains("Évolution du solde"), "French chart title with its accent");
        assertTrue(text.contains("Note : " + sandbox.first("financial").score()), text);
    }

    @Test
    void withoutAnyTrueTypeFontTheStandardFontStillCarriesTheAccents() throws Exception {
        Path pdf = out.resolve("fallback.pdf");
        exporter(Locale.FRENCH, false).export(ExportSubject.report(sandbox.request, sandbox.first("bank")),
                ExportFormat.PDF, pdf, ExportProgress.NONE);
        String text = textOf(pdf);
        assertTrue(text.contains(SandboxReports.COMPANY), text);
        assertTrue(text.contains("Qualité des données"), text);
        assertFalse(text.contains("?"), "every character drawn, French digit grouping included: " + text);
    }

    @Test
    void csvParsesBackWithEveryTransaction() throws Exception {
        Report bank = sandbox.first("bank");
        Path csv = out.resolve("bank.csv");
        exporter(Locale.ENGLISH, true).export(ExportSubject.report(sandbox.request, bank), ExportFormat.CSV, csv,
                ExportProgress.NONE);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark for Excel");
        List<List<String>> rows = Rfc4180.parse(new String(bytes, StandardCharsets.UTF_8).substring(1), ',');
        int header = rows.indexOf(List.of("Bank X-Ray · Apr 1, 2024 – Jun 30, 2024 — Transactions")) + 1;
        assertEquals(List.of("Date", "Label", "Counterparty", "Amount", "Alert"), rows.get(header));
        JsonNode first = bank.data().path("transactions").get(0);
        List<String> line = rows.get(header + 1);
        assertEquals(first.path("date").asText(), line.get(0));
        assertEquals(first.path("label").asText(), line.get(1));
        assertEquals(first.path("amount").asDouble(), Double.parseDouble(line.get(3)), 0.001);
        long transactionRows = rows.subList(header + 1, rows.size()).stream().takeWhile(r -> r.size() == 5).count();
        assertEquals(120, transactionRows);
    }

    @Test
    void everyEsgCriterionSaysWhetherItWasScoredOrLacksItsInput() throws Exception {
        List<List<String>> rows = csvOf("esg", Locale.ENGLISH);
        int header = rows.indexOf(List.of("ESG X-Ray — Criteria")) + 1;
        assertEquals("Status", rows.get(header).get(4));
        List<List<String>> criteria = rows.subList(header + 1, rows.size()).stream().takeWhile(r -> r.size() == 5)
                .toList();
        assertFalse(criteria.isEmpty());
        for (List<String> criterion : criteria) {
            String expected = criterion.get(3).isEmpty() ? "Input missing" : "Scored";
            assertEquals(expected, criterion.get(4), criterion.toString());
        }
    }

    @Test
    void frenchCsvUsesSemicolonsAndDecimalCommas() throws Exception {
        List<List<String>> rows = csvOf("bank", Locale.FRENCH);
        int header = rows.indexOf(List.of("X-Ray Banque · 1 avr. 2024 – 30 juin 2024 — Opérations")) + 1;
        assertEquals("Montant", rows.get(header).get(3));
        String amount = rows.get(header + 1).get(3);
        assertTrue(amount.matches("-?\\d+(,\\d+)?"), amount);
    }

    @Test
    void csvQuotesAwkwardTextAndDefusesFormulas() throws Exception {
        ReportTable table = new ReportTable("t", List.of(new ReportTable.Column("a", ColumnKind.TEXT),
                new ReportTable.Column("b", ColumnKind.AMOUNT)),
                List.of(ReportTable.Row.of("say \"hi\", then\nleave", 1234.5), ReportTable.Row.of("=SUM(A1)", null)));
        var bytes = new java.io.ByteArrayOutputStream();
        new CsvExport(Locale.ENGLISH).write(List.of(new CsvExport.Section("title", table)), bytes, ExportProgress.NONE);
        List<List<String>> rows = Rfc4180.parse(bytes.toString(StandardCharsets.UTF_8).substring(1), ',');
        assertEquals(List.of("say \"hi\", then\nleave", "1234.5"), rows.get(2));
        assertEquals(List.of("'=SUM(A1)", ""), rows.get(3));
    }

    @Test
    void csvDefusesFormulasInEveryColumnButLeavesNumbersAlone() throws Exception {
        List<ReportTable.Column> columns = new ArrayList<>();
        for (ColumnKind kind : ColumnKind.values()) {
            columns.add(new ReportTable.Column(kind.name(), kind));
        }
        List<String> hostile = List.of("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1");
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String text : hostile) {
            rows.add(ReportTable.Row.of(Collections.nCopies(columns.size(), text).toArray()));
        }
        rows.add(ReportTable.Row.of(Collections.nCopies(columns.size(), -12.5).toArray()));
        ReportTable table = new ReportTable("t", columns, rows);
        var bytes = new java.io.ByteArrayOutputStream();
        new CsvExport(Locale.ENGLISH).write(List.of(new CsvExport.Section("=title", table)), bytes, ExportProgress.NONE);
        List<List<String>> read = Rfc4180.parse(bytes.toString(StandardCharsets.UTF_8).substring(1), ',');

        assertEquals(List.of("'=title"), read.get(0));
        for (int r = 0; r < hostile.size(); r++) {
            assertEquals(Collections.nCopies(columns.size(), "'" + hostile.get(r)), read.get(2 + r), hostile.get(r));
        }
        assertEquals(Collections.nCopies(columns.size(), "-12.5"), read.get(2 + hostile.size()));
    }

    @Test
    void jsonOfOneReportIsTheReportAsSentAndOfTheRequestHoldsThemAll() throws Exception {
        Report esg = sandbox.first("esg");
        Path one = out.resolve("esg.json");
        exporter(Locale.ENGLISH, true).export(ExportSubject.report(sandbox.request, esg), ExportFormat.JSON, one,
                ExportProgress.NONE);
        JsonNode read = WireJson.mapper().readTree(one.toFile());
        assertEquals(esg.data(), read.path("data"));
        assertEquals(esg.id(), read.path("id").asText());
        assertTrue(Files.readString(one).contains("\n  "), "indented");

        Path all = out.resolve("request.json");
        exporter(Locale.ENGLISH, true).export(ExportSubject.request(sandbox.request, sandbox.reports), ExportFormat.JSON,
                all, ExportProgress.NONE);
        JsonNode whole = WireJson.mapper().readTree(all.toFile());
        assertEquals(sandbox.request.id(), whole.path("request").path("id").asText());
        assertEquals(sandbox.reports.size(), whole.path("reports").size());
    }

    @Test
    void malformedAndUnknownReportsStillExport() throws Exception {
        List<Report> odd = List.of(
                ReportFixtures.report("bank", "B", "{\"dataSanity\":\"high\",\"indicators\":{\"x\":1},"
                        + "\"transactions\":[1,\"two\",{\"amount\":\"12.5\"}],\"balances\":[{\"balance\":null}]}"),
                ReportFixtures.report("credit-risk", null, "{\"nested\":{\"list\":[1,2,{\"deep\":true}]}}"),
                ReportFixtures.report("financial", null, "[1,2,3]"));
        for (ExportFormat format : ExportFormat.values()) {
            Path file = out.resolve("odd." + format.extension());
            exporter(Locale.ENGLISH, true).export(ExportSubject.request(null, odd), format, file, ExportProgress.NONE);
            assertTrue(Files.size(file) > 0, format.name());
        }
        String text = textOf(out.resolve("odd.pdf"));
        assertTrue(text.contains("nested.list[2].deep"), text);
        assertTrue(text.contains("Report \"credit-risk\""), text);
    }

    @Test
    void anInterruptedExportLeavesNoFile() {
        Path pdf = out.resolve("cancelled.pdf");
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> exporter(Locale.ENGLISH, true).export(
                    ExportSubject.request(sandbox.request, sandbox.reports), ExportFormat.PDF, pdf, ExportProgress.NONE));
        } finally {
            Thread.interrupted();
        }
        assertFalse(Files.exists(pdf));
        assertEquals(0, out.toFile().list().length, "no temporary file left behind");
    }

    static String textOf(Path pdf) throws Exception {
        return textOf(pdf, 1, Integer.MAX_VALUE);
    }

    /** The text of pages {@code first} to {@code last} (from 1). */
    static String textOf(Path pdf, int first, int last) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(document);
        }
    }

    /** The sandbox's first report of {@code source} exported as CSV in {@code language}, parsed back. */
    private List<List<String>> csvOf(String source, Locale language) throws Exception {
        Path csv = out.resolve(source + "-" + language.getLanguage() + ".csv");
        exporter(language, true).export(ExportSubject.report(sandbox.request, sandbox.first(source)),
                ExportFormat.CSV, csv, ExportProgress.NONE);
        return Rfc4180.parse(Files.readString(csv).substring(1), language.equals(Locale.FRENCH) ? ';' : ',');
    }
}
