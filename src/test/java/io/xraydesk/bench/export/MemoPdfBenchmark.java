package io.xraydesk.bench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.Report;
import io.xraydesk.bench.HeapSampler;
import io.xraydesk.bench.Samples;
import io.xraydesk.core.export.CreditMemo;
import io.xraydesk.core.export.ExportFormat;
import io.xraydesk.core.export.ExportProgress;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.export.MemoPdf;
import io.xraydesk.core.export.ReportExporter;
import io.xraydesk.core.export.SandboxReports;
import io.xraydesk.core.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two papers of a request with all five X-Rays, one of them a Bank X-Ray of 50,000 transactions
 * produced by the sandbox over real HTTP: the request's PDF (what Export ▸ Whole request writes) and
 * its credit memo (PDF/A-2b), each from the fetched reports to the file on disk, with the peak heap
 * they needed. Reference, same run: PDFBox writing a plain document of the same page count, one line
 * of text per page (the cost of the pages themselves). One warm-up, then the median of five.
 * Prints {@code bench: memo-pdf <ms> ms} (the slower of the two; goal < 1 s) and each side.
 */
@Tag("bench")
class MemoPdfBenchmark {

    private static final int TRANSACTIONS = 50_000;
    private static final int RUNS = 5;

    @TempDir
    Path scratch;

    @Test
    void requestPdfAndCreditMemoOfFiveXRays() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        try (SandboxReports sandbox = SandboxReports.produce(TRANSACTIONS, scratch)) {
            assertEquals(5, sandbox.reports.stream().map(Report::source).distinct().count(),
                    "all five X-Rays: " + sandbox.reports);
            assertEquals(TRANSACTIONS, sandbox.first("bank").data().path("transactions").size());
            ExportSubject subject = ExportSubject.request(sandbox.request, sandbox.reports);
            CreditMemo memo = memo(subject);
            Path requestPdf = scratch.resolve("request.pdf");
            Path memoPdf = scratch.resolve("memo.pdf");
            Path plainPdf = scratch.resolve("plain.pdf");
            Side request = new Side("request-pdf", () -> new ReportExporter().export(subject, ExportFormat.PDF,
                    requestPdf, ExportProgress.NONE));
            Side credit = new Side("credit-memo", () -> new MemoPdf().write(memo, memoPdf));
            request.run();
            credit.run();
            int requestPages = pages(requestPdf);
            int memoPages = pages(memoPdf);
            Side plainRequest = new Side("plain", () -> plain(requestPages, plainPdf));
            Side plainMemo = new Side("plain", () -> plain(memoPages, plainPdf));
            plainRequest.run();
            plainMemo.run();
            for (int i = 0; i < RUNS; i++) {
                // Interleaved, so that a neighbour's build weighs on every side alike.
                request.run();
                plainRequest.run();
                credit.run();
                plainMemo.run();
            }
            String load = loadAverage();
            double slower = Math.max(request.median(), credit.median());
            System.out.printf(Locale.ROOT, "bench: memo-pdf %.0f ms (goal < 1000 ms; the slower of the request PDF "
                    + "and the credit memo, five X-Rays with a %,d-transaction Bank X-Ray; load average %s)%n",
                    slower, TRANSACTIONS, load);
            print(request, requestPages, requestPdf, plainRequest);
            print(credit, memoPages, memoPdf, plainMemo);
        }
    }

    private static void print(Side side, int pages, Path file, Side plain) throws IOException {
        System.out.printf(Locale.ROOT, "bench: %s %.0f ms, %d pages, %,d bytes, peak heap %d MB above the "
                + "baseline, %d MB kept (runs: %s); plain PDFBox document of %d pages: %.0f ms, peak %d MB; "
                + "ratio %.2f%n", side.name, side.median(), pages, Files.size(file), side.peakMb(), side.keptMb(),
                side.listed(), pages, plain.median(), plain.peakMb(), side.median() / plain.median());
    }

    /** A memo as an analyst's would be: a decision, two notes, the documents sent and a short trail. */
    private static CreditMemo memo(ExportSubject subject) {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        String analyst = "Élodie Garçon";
        return new CreditMemo(subject, Optional.of(new CreditMemo.Decision("Approve", Optional.of("150,000.00 EUR"),
                Optional.of("12"), List.of("Personal guarantee of the manager"), Optional.of("Steady cash flow."),
                analyst, at, 2)),
                List.of(new CreditMemo.Note(analyst, at, List.of("Receivables are high.", "• 95 days")),
                        new CreditMemo.Note(analyst, at, List.of("Bank statements match the accounts."))),
                List.of(new CreditMemo.Document("releve-juin.pdf", "bank statements", "quarter", "2024-06-30", at,
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        new CreditMemo.Document("bilan-2023.pdf", "annual accounts", "year", null, at,
                                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")),
                List.of(new CreditMemo.TrailLine(at, analyst, "Decision changed")), analyst, at);
    }

    private static void plain(int pages, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 700);
                    content.showText("Page " + (i + 1));
                    content.endText();
                }
            }
            document.save(target.toFile());
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static String loadAverage() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    /** One side of the comparison: its times and the heap of its last run. */
    private static final class Side {

        private final String name;
        private final Action action;
        private final List<Double> millis = new ArrayList<>();
        private long peakBytes;
        private long keptBytes;

        Side(String name, Action action) {
            this.name = name;
            this.action = action;
        }

        void run() throws InterruptedException {
            long[] elapsed = new long[1];
            HeapSampler.Figures heap = HeapSampler.around(() -> {
                long start = System.nanoTime();
                try {
                    action.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                elapsed[0] = System.nanoTime() - start;
            });
            millis.add(elapsed[0] / 1e6);
            peakBytes = Math.max(peakBytes, heap.peakAboveBaselineBytes());
            keptBytes = heap.retainedBytes();
        }

        double median() {
            // The first run is the warm-up.
            return Samples.median(millis.subList(1, millis.size()));
        }

        String listed() {
            return millis.subList(1, millis.size()).stream().map(v -> String.format(Locale.ROOT, "%.0f", v))
                    .collect(Collectors.joining(" "));
        }

        long peakMb() {
            return peakBytes >> 20;
        }

        long keptMb() {
            return keptBytes >> 20;
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }
}
