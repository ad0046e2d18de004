package io.xraydesk.core.export;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A report or a whole request on paper: the company's name and code on top, the request's summary as
 * its cover page, then per report its X-Ray and what it covers, grade, key figures, charts (PDF
 * vectors) and tables; each report of a request starts a page.
 */
record PdfExport(Figures figures, boolean allowSystemFonts) {

    void write(ExportSubject subject, List<ReportContent> contents, OutputStream out, ExportProgress progress)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document, allowSystemFonts);
            describe(document, subject);
            try (PdfPages pages = new PdfPages(document, fonts)) {
                title(pages, subject);
                if (subject.summary() != null) {
                    new SummaryPage(pages, figures).write(subject.summary());
                    pages.newPage();
                }
                PdfCharts charts = new PdfCharts(pages, figures);
                PdfTables tables = new PdfTables(pages, figures);
                for (int i = 0; i < contents.size(); i++) {
                    CsvExport.checkNotInterrupted();
                    if (i > 0) {
                        pages.newPage();
                    }
                    report(pages, subject.reports().get(i), contents.get(i), charts, tables);
                    progress.update(i + 1, contents.size() + 1L);
                }
            }
            pageNumbers(document, fonts, PdfTags.NONE, subject.companyName());
            document.save(out);
        }
        progress.update(1, 1);
    }

    private static void describe(PDDocument document, ExportSubject subject) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(subject.companyName() + " — " + subject.companyCode());
        info.setCreator("X-Ray Desk");
    }

    /** The company in large, its code and the request id under it, and a rule. */
    static void title(PdfPages pages, ExportSubject subject) throws IOException {
        pages.heading("H1", PdfPages.LEFT, pages.y() - 18, subject.companyName(), pages.fonts.bold, 18, PdfPalette.TEXT);
        pages.down(26);
        String request = subject.request() == null || subject.request().id() == null ? ""
                : "  ·  " + Messages.get("export.pdf.request", subject.request().id());
        pages.text(PdfPages.LEFT, pages.y() - 10, subject.companyCode() + request, pages.fonts.regular, 10,
                PdfPalette.MUTED);
        pages.down(16);
        pages.line(PdfPages.LEFT, pages.y(), PdfPages.RIGHT, pages.y(), PdfPalette.ACCENT, 1.5f);
        pages.down(18);
    }

    private void report(PdfPages pages, Report report, ReportContent content, PdfCharts charts, PdfTables tables)
            throws IOException {
        pages.ensure(90);
        pages.text(PdfPages.LEFT, pages.y() - 14, content.title(), pages.fonts.bold, 14, PdfPalette.TEXT);
        if (report.createdAt() != null) {
            String date = Messages.get("export.pdf.producedOn", report.createdAt().atZoneSameInstant(ZoneId.systemDefault())
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(figures.locale())));
            float w = PdfFonts.width(pages.fonts.regular, 9, pages.fonts.safe(pages.fonts.regular, date));
            pages.text(PdfPages.RIGHT - w, pages.y() - 13, date, pages.fonts.regular, 9, PdfPalette.MUTED);
        }
        pages.down(24);
        grade(pages, content);
        facts(pages, content.facts());
        for (Chart chart : content.charts()) {
            charts.draw(chart);
        }
        for (ReportTable table : content.tables()) {
            CsvExport.checkNotInterrupted();
            tables.draw(table);
        }
    }

    private void grade(PdfPages pages, ReportContent content) throws IOException {
        if (!content.showsGrade()) {
            return;
        }
        float size = 30;
        float bottom = pages.y() - size;
        if (content.grade() != null) {
            pages.fillRect(PdfPages.LEFT, bottom, size, size, PdfPalette.grade(content.grade()));
            String letter = pages.fit(content.grade(), pages.fonts.bold, 18, size - 4);
            float w = PdfFonts.width(pages.fonts.bold, 18, letter);
            pages.text(PdfPages.LEFT + (size - w) / 2, bottom + 9, letter, pages.fonts.bold, 18, Color.WHITE);
            pages.text(PdfPages.LEFT + size + 10, bottom + 10, Messages.get("report.gradeLine", content.grade()), pages.fonts.bold, 11,
                    PdfPalette.TEXT);
        } else {
            pages.text(PdfPages.LEFT, bottom + 10, Messages.get("report.gradeLine", content.gradeNote()),
                    pages.fonts.bold, 11, PdfPalette.BAD);
        }
        pages.down(size + 12);
    }

    private void facts(PdfPages pages, List<Fact> facts) throws IOException {
        float column = PdfPages.WIDTH / 2;
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            float x = PdfPages.LEFT + (i % 2) * column;
            if (i % 2 == 0) {
                pages.ensure(28);
            }
            pages.text(x, pages.y() - 9, pages.fit(fact.label(), pages.fonts.regular, 8, column - 10),
                    pages.fonts.regular, 8, PdfPalette.MUTED);
            pages.text(x, pages.y() - 22, pages.fit(fact.value(), pages.fonts.bold, 11, column - 10),
                    pages.fonts.bold, 11, PdfPalette.of(fact.emphasis()));
            if (i % 2 == 1 || i == facts.size() - 1) {
                pages.down(30);
            }
        }
        pages.down(8);
    }

    /** Writes "{@code prefix} · page i of n" at the foot of every page. */
    static void pageNumbers(PDDocument document, PdfFonts fonts, PdfTags tags, String prefix) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = fonts.safe(fonts.regular,
                        prefix + "  ·  " + Messages.get("export.pdf.page", i + 1, total));
                float w = PdfFonts.width(fonts.regular, 8, text);
                tags.artifact(stream, () -> {
                    stream.beginText();
                    stream.setNonStrokingColor(PdfPalette.MUTED);
                    stream.setFont(fonts.regular, 8);
                    stream.newLineAtOffset(PdfPages.RIGHT - w, PdfPages.MARGIN - 8);
                    stream.showText(text);
                    stream.endText();
                });
            }
        }
    }
}
