package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.MalformedResponseException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.codes.CodeCheck;
import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentIssue;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.documents.FileReport;
import io.xraydesk.core.notes.AmountParser;
import io.xraydesk.core.notes.BusinessNameRule;
import io.xraydesk.core.notes.Parsed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst can type, paste or drop, and what a server can answer, that the app must survive:
 * each case is either refused with a clear localised message or read tolerantly (unknown values kept
 * as they came), and none throws anything unexpected. Prints {@code bad-input: <answered>/<total>
 * cases answered clearly} and fails unless every case was.
 */
class BadInputCorpusTest {

    /** One case: where the input goes, what it is, and how it must be answered. */
    record Case(String area, String name, CaseCheck check) {
    }

    @FunctionalInterface
    interface CaseCheck {
        Verdict run() throws Exception;
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private static final CompanyCodeType SIREN = CompanyCodeTypes.SIREN;
    private static final CompanyCodeType KVK = CompanyCodeTypes.KVK;
    private static final String REQUEST_ID = "6413297aad6e59418e774900";
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    static Path dir;
    private static LoopbackServer server;
    private static OctoberClient client;

    @BeforeAll
    static void startServer() throws IOException {
        server = new LoopbackServer();
        ConnectionSettings settings = ConnectionSettings.defaults().withProxy(ProxySettings.none())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
        client = OctoberClient.create(ApiCredentials.of(server.baseUri(), "6413297aad6e59418e7748f9",
                "corpus-token-5b1e"), settings);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void everyCaseIsAnsweredClearly() throws Exception {
        List<Case> corpus = new ArrayList<>();
        corpus.addAll(companyCodes());
        corpus.addAll(businessNames());
        corpus.addAll(amounts());
        corpus.addAll(files());
        corpus.addAll(dates());
        corpus.addAll(serverAnswers());
        assertTrue(corpus.size() >= 40, "the corpus holds at least 40 cases, has " + corpus.size());

        int answered = 0;
        int skipped = 0;
        List<String> unanswered = new ArrayList<>();
        for (Case c : corpus) {
            Verdict verdict = runGuarded(c);
            String mark = verdict.skipped() ? "-" : verdict.answered() ? "✓" : "✗";
            String line = String.format("%-9s %-44s %s %s", c.area(), c.name(), mark, abbreviate(verdict.detail()));
            System.out.println(line);
            if (verdict.skipped()) {
                skipped++;
            } else if (verdict.answered()) {
                answered++;
            } else {
                unanswered.add(line);
            }
        }
        System.out.println("bad-input: " + answered + "/" + (corpus.size() - skipped) + " cases answered clearly");
        assertEquals(List.of(), unanswered);
    }

    /** Anything thrown — an exception, a StackOverflowError, an OutOfMemoryError — is a crash. */
    private static Verdict runGuarded(Case c) {
        try {
            return c.check().run();
        } catch (Exception | StackOverflowError | OutOfMemoryError crash) {
            return Verdict.no("crashed: " + crash.getClass().getName() + ": " + crash.getMessage());
        }
    }

    // ---- company codes (core.codes) ----

    private static List<Case> companyCodes() {
        return List.of(
                code("letters", SIREN, "ABCDEFGHI"),
                code("8 digits", SIREN, "51467398"),
                code("10 digits", SIREN, "5146739870"),
                code("Luhn failure", SIREN, "514673988"),
                code("empty", SIREN, ""),
                code("only spaces", SIREN, "   "),
                code("10,000-character paste", SIREN, "5".repeat(10_000)),
                code("SIRET with a wrong check digit", SIREN, withLuhnDigit("5146739870001", 1)),
                new Case("code", "SIRET (14 digits) gives its SIREN", () -> accepted(SIREN.check(
                        withLuhnDigit("5146739870001", 0)), "514673987")),
                new Case("code", "La Poste SIREN", () -> accepted(SIREN.check("356 000 000"), "356000000")),
                new Case("code", "grouped with spaces and dots", () -> accepted(SIREN.check("514.673.987"), "514673987")),
                unicodeDigits("full-width digits", "５１４６７３９８７"),
                unicodeDigits("Arabic-Indic digits", "٥١٤٦٧٣٩٨٧"),
                code("superscript digits", SIREN, "⁵¹⁴⁶⁷³⁹⁸⁷"),
                code("KVK letters", KVK, "ABCDEFGH"),
                code("KVK 7 digits", KVK, "1234567"),
                new Case("code", "null (nothing typed)", () -> refused(SIREN.check(null))));
    }

    private static Case code(String name, CompanyCodeType type, String raw) {
        return new Case("code", name, () -> refused(type.check(raw)));
    }

    /** Digits of another script: read as the same digits, or refused clearly — never sent as they are. */
    private static Case unicodeDigits(String name, String raw) {
        return new Case("code", name, () -> {
            CodeCheck check = SIREN.check(raw);
            return check.isValid() ? accepted(check, "514673987") : refused(check);
        });
    }

    private static Verdict refused(CodeCheck check) {
        if (check.isValid()) {
            return Verdict.no("accepted as " + check.normalisedId().orElse("?"));
        }
        return Verdict.refusedClearly(check::message, check.problem().orElseThrow().messageKey(check.type()));
    }

    private static Verdict accepted(CodeCheck check, String expectedId) {
        return Verdict.check(check.isValid() && check.normalisedId().orElse("").equals(expectedId),
                "accepted as " + check.normalisedId().orElse("nothing") + check.note().map(n -> " — " + n).orElse(""));
    }

    /** {@code prefix} plus the digit that makes the whole pass ({@code offset} 0) or fail (1) the Luhn check. */
    private static String withLuhnDigit(String prefix, int offset) {
        for (int d = 0; d < 10; d++) {
            if (luhnValid(prefix + d)) {
                return prefix + ((d + offset) % 10);
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }

    // ---- business names (BusinessNameRule) ----

    private static List<Case> businessNames() {
        return List.of(
                name("empty means: let the API name it", "", null),
                name("blank with line breaks", " \n\t ", null),
                name("emoji kept", "Boulangerie 🥐 Dupont", "Boulangerie 🥐 Dupont"),
                name("right-to-left text kept", "شركة النور للتجارة", "شركة النور للتجارة"),
                name("pasted line break collapsed", "ACME\r\n  Industries", "ACME Industries"),
                name("decomposed accents composed (NFC)", "Socie\u0301te\u0301 Ge\u0301ne\u0301rale",
                        "Société Générale"),
                refusedName("121 characters", "A".repeat(BusinessNameRule.MAX_LENGTH + 1)),
                refusedName("10,000-character paste", "Dupont ".repeat(1_500)),
                refusedName("bell control character", "ACME\u0007SA"),
                refusedName("NUL character", "ACME\u0000SA"));
    }

    private static Case name(String label, String raw, String expected) {
        return new Case("name", label, () -> {
            Parsed<String> parsed = BusinessNameRule.normalise(raw);
            return Verdict.check(parsed.isOk() && java.util.Objects.equals(parsed.value(), expected),
                    "kept as " + (parsed.isOk() ? String.valueOf(parsed.value()) : parsed.toString()));
        });
    }

    private static Case refusedName(String label, String raw) {
        return new Case("name", label, () -> refused(BusinessNameRule.normalise(raw)));
    }

    private static Verdict refused(Parsed<?> parsed) {
        if (parsed.isOk()) {
            return Verdict.no("accepted as " + parsed.value());
        }
        var problem = parsed.problem().orElseThrow();
        return Verdict.refusedClearly(problem::message, problem.code().messageKey());
    }

    // ---- amounts (AmountParser) ----

    private static List<Case> amounts() {
        AmountParser english = new AmountParser(Locale.ENGLISH);
        AmountParser french = new AmountParser(Locale.FRANCE);
        return List.of(
                amount("1e309", english, "1e309"),
                amount("--5", english, "--5"),
                amount("NaN", english, "NaN"),
                amount("Infinity", english, "Infinity"),
                // Both separators present: the last is decimal whatever the locale, so the other
                // locale's grouping is read, not refused (AmountParser's documented rule).
                new Case("amount", "English thousands typed in French", () -> amountRead(french, "1,234,567.89",
                        "1234567.89")),
                new Case("amount", "French thousands typed in English", () -> amountRead(english, "1 234 567,89",
                        "1234567.89")),
                new Case("amount", "German thousands typed in French", () -> amountRead(french, "1.234.567,89",
                        "1234567.89")),
                // One separator before three digits is ambiguous: refused rather than guessed.
                amount("ambiguous 1,234 in French", french, "1,234"),
                amount("two decimal separators", english, "1.234.56"),
                amount("16 integer digits", english, "1234567890123456"),
                new Case("amount", "negative where not allowed", () -> refused(english.parse("-5", false))),
                new Case("amount", "French grouping read in French", () -> amountRead(french, "1 234 567,89",
                        "1234567.89")));
    }

    private static Case amount(String label, AmountParser parser, String raw) {
        return new Case("amount", label, () -> refused(parser.parse(raw, true)));
    }

    private static Verdict amountRead(AmountParser parser, String raw, String expected) {
        Parsed<BigDecimal> parsed = parser.parse(raw, true);
        return Verdict.check(parsed.isOk() && parsed.value().compareTo(new BigDecimal(expected)) == 0,
                "read as " + (parsed.isOk() ? parsed.value() : parsed));
    }

    // ---- files (FileInspector) ----

    private static List<Case> files() {
        FileInspector inspector = new FileInspector(FileInspector.DEFAULT_MAX_BYTES);
        return List.of(
                file("0 bytes", inspector, DocumentProblem.EMPTY, () -> Files.write(dir.resolve("empty.pdf"), new byte[0])),
                file("20 MB + 1 byte", inspector, DocumentProblem.TOO_LARGE, () -> sparse("big.pdf",
                        FileInspector.DEFAULT_MAX_BYTES + 1)),
                file("executable renamed .pdf", inspector, DocumentProblem.EXECUTABLE, () -> Files.write(
                        dir.resolve("invoice.pdf"), elf())),
                file("symlink loop", inspector, DocumentProblem.LINK_LOOP, BadInputCorpusTest::linkLoop),
                file("a folder", inspector, DocumentProblem.DIRECTORY, () -> Files.createDirectories(dir.resolve("folder.pdf"))),
                file("missing file", inspector, DocumentProblem.NOT_FOUND, () -> dir.resolve("gone.pdf")),
                new Case("file", "no read permission", () -> unreadable(inspector)),
                acceptedFile("name with a newline", inspector, "relevé\nmars.pdf"),
                acceptedFile("Unicode name", inspector, "Bilan 2024 — Société Générale 銀行 🏦.pdf"),
                acceptedFile("255-byte name", inspector, "b".repeat(251) + ".pdf"));
    }

    @FunctionalInterface
    interface FileMaker {
        Path make() throws IOException;
    }

    private static Case file(String label, FileInspector inspector, DocumentProblem expected, FileMaker maker) {
        return new Case("file", label, () -> {
            FileReport report = inspector.inspect(maker.make(), true);
            return refusedAs(report, expected);
        });
    }

    private static Verdict refusedAs(FileReport report, DocumentProblem expected) {
        if (report.refusals().stream().noneMatch(i -> i.problem() == expected)) {
            return Verdict.no("expected " + expected + ", got " + report.refusals());
        }
        DocumentIssue issue = report.refusals().stream().filter(i -> i.problem() == expected).findFirst().orElseThrow();
        return Verdict.refusedClearly(issue::message, issue.problem().messageKey());
    }

    private static Case acceptedFile(String label, FileInspector inspector, String fileName) {
        return new Case("file", label, () -> {
            Path file = dir.resolve(fileName);
            try (PDDocument pdf = new PDDocument()) {
                pdf.addPage(new PDPage());
                pdf.save(file.toFile());
            }
            FileReport report = inspector.inspect(file, true);
            return Verdict.check(report.isAccepted() && report.hash().isPresent(),
                    "accepted, " + report.size() + " bytes" + (report.warnings().isEmpty() ? ""
                            : ", warned: " + report.warnings().get(0).message()));
        });
    }

    private static Verdict unreadable(FileInspector inspector) throws IOException {
        Path file = Files.write(dir.resolve("secret.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            // root reads every file: the refusal cannot be provoked, and the case says so
            return Verdict.skipped("running as root, permissions do not stop reading");
        }
        return refusedAs(inspector.inspect(file, true), DocumentProblem.NOT_READABLE);
    }

    private static Path sparse(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(size);
        }
        return file;
    }

    private static byte[] elf() {
        byte[] bytes = new byte[4096];
        byte[] magic = {0x7f, 'E', 'L', 'F', 2, 1, 1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static Path linkLoop() throws IOException {
        Path a = dir.resolve("loop-a.pdf");
        Path b = dir.resolve("loop-b.pdf");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        return a;
    }

    // ---- dates (DocumentDateRule, typed text) ----

    private static List<Case> dates() {
        DocumentDateRule rule = new DocumentDateRule(CLOCK);
        return List.of(
                date("tomorrow", rule, LocalDate.now(CLOCK).plusDays(1), DocumentProblem.DATE_IN_FUTURE),
                date("year 1899", rule, LocalDate.of(1899, 12, 31), DocumentProblem.DATE_TOO_OLD),
                new Case("date", "29 February 2023 typed as text", () -> {
                    // Lenient parsing would quietly make this 1 March (or 28 February); strict ISO
                    // parsing, as a date field uses, must refuse it and say why.
                    try {
                        LocalDate read = LocalDate.parse("2023-02-29");
                        return Verdict.no("read as " + read);
                    } catch (DateTimeParseException refused) {
                        return Verdict.check(refused.getMessage().contains("leap"), "refused: " + refused.getMessage());
                    }
                }));
    }

    private static Case date(String label, DocumentDateRule rule, LocalDate date, DocumentProblem expected) {
        return new Case("date", label, () -> {
            List<DocumentIssue> issues = rule.check(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Period.YEAR, date);
            return issues.stream().filter(i -> i.problem() == expected).findFirst()
                    .map(i -> Verdict.refusedClearly(i::message, expected.messageKey()))
                    .orElse(Verdict.no("expected " + expected + ", got " + issues));
        });
    }

    // ---- server answers, through the client over loopback HTTP ----

    private static List<Case> serverAnswers() {
        server.json("/requests/unknown-status", "{\"request\":{\"id\":\"" + REQUEST_ID
                + "\",\"code\":{\"type\":\"siren\",\"id\":\"514673987\"},\"status\":\"frozen_by_regulator\","
                + "\"stage\":\"9.7\",\"createdAt\":\"2026-01-15T10:00:00Z\"}}");
        server.json("/reports", "{\"reports\":[{\"id\":\"r1\",\"request\":\"" + REQUEST_ID
                + "\",\"source\":\"crystal_ball\",\"score\":\"Z\",\"data\":{\"anything\":[1,2]}}]}");
        server.json("/requests/deep", "{\"request\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}");
        server.json("/reports/deep-data", "{\"report\":{\"id\":\"r2\",\"source\":\"financial\",\"data\":"
                + "[".repeat(5_000) + "]".repeat(5_000) + "}}");
        server.handle("/reports/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                writeHugeReport(out);
            }
        });
        return List.of(
                new Case("server", "unknown request status kept verbatim", () -> {
                    AnalysisRequest r = client.getRequest("unknown-status");
                    return Verdict.check("frozen_by_regulator".equals(r.status()), "status " + r.status());
                }),
                new Case("server", "unknown stage kept verbatim", () -> {
                    AnalysisRequest r = client.getRequest("unknown-status");
                    return Verdict.check("9.7".equals(r.stage()), "stage " + r.stage());
                }),
                new Case("server", "unknown report source kept verbatim", () -> {
                    Report r = client.listReports(REQUEST_ID, null).get(0);
                    return Verdict.check("crystal_ball".equals(r.source()) && "Z".equals(r.score()),
                            "source " + r.source() + ", score " + r.score());
                }),
                new Case("server", "50 MB report", () -> {
                    long start = System.nanoTime();
                    Report r = client.getReport("huge");
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    return Verdict.check("huge".equals(r.id()) && r.data().path("rows").size() > 100_000,
                            "read " + r.data().path("rows").size() + " rows in " + millis + " ms");
                }),
                malformed("JSON nested 5,000 deep", () -> client.getRequest("deep")),
                malformed("report data nested 5,000 deep", () -> client.getReport("deep-data")));
    }

    private static Case malformed(String label, Runnable call) {
        return new Case("server", label, () -> {
            try {
                call.run();
                return Verdict.no("accepted");
            } catch (MalformedResponseException clear) {
                String problem = ClearMessages.problemOf(clear.getMessage(), List.of("corpus-token-5b1e"));
                return problem == null ? Verdict.yes("refused: " + clear.getMessage()) : Verdict.no(problem);
            }
        });
    }

    private static void writeHugeReport(OutputStream out) throws IOException {
        out.write(("{\"report\":{\"id\":\"huge\",\"request\":\"" + REQUEST_ID
                + "\",\"source\":\"bank\",\"score\":\"B\",\"data\":{\"rows\":[").getBytes(StandardCharsets.US_ASCII));
        byte[] row = ("{\"label\":\"" + "x".repeat(80) + "\",\"amount\":1234.56},").getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        while (written < FIFTY_MB) {
            out.write(row);
            written += row.length;
        }
        out.write("{\"label\":\"last\",\"amount\":0}]}}}".getBytes(StandardCharsets.US_ASCII));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 150 ? oneLine : oneLine.substring(0, 147) + "...";
    }
}
