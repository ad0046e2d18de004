package io.xraydesk.core.export;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The credit memo on paper, archivable (PDF/A-2b, {@link PdfArchive}): the company, the decision, the
 * request's summary as on the cover of an export ({@link SummaryPage}), the analysts' notes, the newest
 * report of each X-Ray condensed to its grade and key figures, the documents with their SHA-256, the
 * audit trail, and on every page who produced it and when. In the language of {@link Messages} when
 * it is built.
 */
public final class MemoPdf {

    private static final float SIZE = 9.5f;
    private static final float LINE = 13;
    private static final float INDENT = 14;

    private final Figures figures;
    private final DateTimeFormatter times;
    private final boolean allowSystemFonts;

    public MemoPdf() {
        this(true);
    }

    /**
     * @param allowSystemFonts false embeds the font shipped inside PDFBox even where this machine has
     *                         its own (what a machine without any TrueType font gets)
     */
    MemoPdf(boolean allowSystemFonts) {
        this.allowSystemFonts = allowSystemFonts;
        this.figures = new Figures(Messages.locale());
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(figures.locale()).withZone(ZoneId.systemDefault());
    }

    /** Writes the memo to {@code target}, whole or not at all (see {@link ExportTarget#write}). */
    public void write(CreditMemo memo, Path target) throws IOException {
        ExportTarget.write(target, out -> write(memo, out));
    }

    void write(CreditMemo memo, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embedded(document, allowSystemFonts);
            PdfTags tags = PdfTags.of(document);
            ExportSubject subject = memo.subject();
            String title = Messages.get("memo.title") + " — " + subject.companyName() + " — " + subject.companyCode();
            PdfArchive.make(document, title, memo.producedBy(), memo.producedAt(), figures.locale());
            try (PdfPages pages = new PdfPages(document, fonts, tags)) {
                pages.text(PdfPages.LEFT, pages.y() - 10, Messages.get("memo.title"), fonts.bold, 10, PdfPalette.ACCENT);
                pages.down(16);
                PdfExport.title(pages, subject);
                decision(pages, memo);
                new SummaryPage(pages, figures).write(subject.summary());
                notes(pages, memo.notes());
                reports(pages, latestOfEachXRay(subject.reports()));
                documents(pages, memo.documents());
                trail(pages, memo.trail());
            }
            PdfExport.pageNumbers(document, fonts, tags, Messages.get("memo.footer", subject.companyName(),
                    memo.producedBy(), times.format(memo.producedAt())));
            tags.finish();
            document.save(out);
        }
    }

    private void decision(PdfPages pages, CreditMemo memo) throws IOException {
        section(pages, Messages.get("memo.decision.title"), memo.decision().isEmpty(),
                Messages.get("memo.decision.none"));
        if (memo.decision().isEmpty()) {
            pages.down(10);
            return;
        }
        CreditMemo.Decision d = memo.decision().get();
        line(pages, Messages.get("memo.decision.outcome", d.outcome()), pages.fonts.bold, PdfPalette.TEXT);
        if (d.limit().isPresent()) {
            line(pages, Messages.get("memo.decision.limit", d.limit().get()), pages.fonts.regular, PdfPalette.TEXT);
        }
        if (d.duration().isPresent()) {
            line(pages, Messages.get("memo.decision.duration", d.duration().get()), pages.fonts.regular,
                    PdfPalette.TEXT);
        }
        bullets(pages, Messages.get("memo.decision.conditions"), d.conditions());
        if (d.justification().isPresent()) {
            line(pages, Messages.get("memo.decision.justification", d.justification().get()), pages.fonts.regular,
                    PdfPalette.TEXT);
        }
        line(pages, Messages.get("memo.decision.by", d.decidedBy(), times.format(d.decidedAt()), d.version()),
                pages.fonts.regular, PdfPalette.MUTED);
        pages.down(10);
    }

    private void notes(PdfPages pages, List<CreditMemo.Note> notes) throws IOException {
        section(pages, Messages.get("memo.notes.title"), notes.isEmpty(), Messages.get("memo.notes.none"));
        for (CreditMemo.Note note : notes) {
            pages.ensure(LINE * 2);
            line(pages, Messages.get("memo.note.by", note.by(), times.format(note.at())), pages.fonts.bold,
                    PdfPalette.MUTED);
            for (String text : note.lines()) {
                pages.paragraph(PdfPages.LEFT + INDENT, text, pages.fonts.regular, SIZE, LINE, PdfPalette.TEXT);
            }
            pages.down(6);
        }
    }

    private void reports(PdfPages pages, List<Report> latest) throws IOException {
        section(pages, Messages.get("memo.reports.title"), latest.isEmpty(), Messages.get("memo.reports.none"));
        for (Report report : latest) {
            ReportContent content = ReportExporter.covered(report, ReportContents.withoutTransactions(report, figures));
            pages.ensure(LINE * 3);
            line(pages, content.title(), pages.fonts.bold, PdfPalette.TEXT);
            if (content.showsGrade()) {
                String grade = content.grade() != null ? content.grade() : content.gradeNote();
                pages.paragraph(PdfPages.LEFT + INDENT, Messages.get("report.gradeLine", grade), pages.fonts.bold, SIZE,
                        LINE, content.grade() != null ? PdfPalette.grade(content.grade()) : PdfPalette.BAD);
            }
            for (Fact fact : content.facts()) {
                pages.paragraph(PdfPages.LEFT + INDENT, Messages.get("memo.fact", fact.label(), fact.value()),
                        pages.fonts.regular, SIZE, LINE, PdfPalette.of(fact.emphasis()));
            }
            pages.down(6);
        }
    }

    private void documents(PdfPages pages, List<CreditMemo.Document> documents) throws IOException {
        section(pages, Messages.get("memo.documents.title"), documents.isEmpty(), Messages.get("memo.documents.none"));
        for (CreditMemo.Document d : documents) {
            pages.ensure(LINE * 2);
            line(pages, Messages.get("memo.document", d.fileName(), orDash(d.category()), orDash(d.period()),
                    d.date() == null ? Figures.DASH : figures.date(d.date()),
                    d.sentAt() == null ? Figures.DASH : times.format(d.sentAt())), pages.fonts.regular, PdfPalette.TEXT);
            pages.paragraph(PdfPages.LEFT + INDENT, Messages.get("memo.document.sha256", orDash(d.sha256())),
                    pages.fonts.regular, 8, LINE - 2, PdfPalette.MUTED);
        }
    }

    private void trail(PdfPages pages, List<CreditMemo.TrailLine> trail) throws IOException {
        heading(pages, Messages.get("memo.trail.title"));
        for (CreditMemo.TrailLine entry : trail) {
            line(pages, times.format(entry.at()) + "  ·  " + entry.who() + "  ·  " + entry.what(), pages.fonts.regular,
                    PdfPalette.TEXT);
        }
    }

    /** The first report of each X-Ray in the subject's order, which puts the newest of each first. */
    static List<Report> latestOfEachXRay(List<Report> reports) {
        Set<String> seen = new HashSet<>();
        List<Report> latest = new ArrayList<>();
        for (Report report : reports) {
            String source = Source.recognise(report.source()).map(Source::wire).orElse(String.valueOf(report.source()));
            if (seen.add(source)) {
                latest.add(report);
            }
        }
        return latest;
    }

    private static void heading(PdfPages pages, String text) throws IOException {
        pages.down(6);
        pages.ensure(LINE * 3);
        pages.heading("H2", PdfPages.LEFT, pages.y() - 13, text, pages.fonts.bold, 13, PdfPalette.TEXT);
        pages.down(20);
    }

    /** A section's heading, and what it lacks when it has nothing to show. */
    private static void section(PdfPages pages, String title, boolean empty, String whenEmpty) throws IOException {
        heading(pages, title);
        if (empty) {
            line(pages, whenEmpty, pages.fonts.regular, PdfPalette.MUTED);
        }
    }

    private static void bullets(PdfPages pages, String title, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        line(pages, title, pages.fonts.regular, PdfPalette.TEXT);
        for (String item : items) {
            pages.paragraph(PdfPages.LEFT + INDENT, "• " + item, pages.fonts.regular, SIZE, LINE, PdfPalette.TEXT);
        }
    }

    private static void line(PdfPages pages, String text, PDFont font, Color colour) throws IOException {
        pages.paragraph(PdfPages.LEFT, text, font, SIZE, LINE, colour);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? Figures.DASH : value;
    }
}
