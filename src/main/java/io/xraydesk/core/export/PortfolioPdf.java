package io.xraydesk.core.export;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.PortfolioLine;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.core.xray.XRayWords;
import io.xraydesk.store.CachedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A portfolio summary on paper, with the request export's building blocks ({@link PdfPages}, {@link
 * PdfTables}): a title with the number of companies and the date, the grade distribution of the X-Rays
 * that give grades, then one line per company (name, code, each X-Ray's grade or state, probability of
 * default, decision, last update), every company, however many pages that takes.
 */
final class PortfolioPdf {

    private PortfolioPdf() {
    }

    /** @param allowSystemFonts false forces the Standard 14 fallback font */
    static void write(List<PortfolioLine> lines, LocalDate today, Figures figures, boolean allowSystemFonts,
            OutputStream out, ExportProgress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document, allowSystemFonts);
            String title = Messages.get("portfolio.export.pdf.title");
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("X-Ray Desk");
            try (PdfPages pages = new PdfPages(document, fonts)) {
                pages.heading("H1", PdfPages.LEFT, pages.y() - 18, title, fonts.bold, 18, PdfPalette.TEXT);
                pages.down(26);
                pages.text(PdfPages.LEFT, pages.y() - 10, Messages.get("portfolio.export.pdf.subtitle", lines.size(),
                        figures.date(today.toString())), fonts.regular, 10, PdfPalette.MUTED);
                pages.down(16);
                pages.line(PdfPages.LEFT, pages.y(), PdfPages.RIGHT, pages.y(), PdfPalette.ACCENT, 1.5f);
                pages.down(18);
                PdfTables tables = new PdfTables(pages, figures, Integer.MAX_VALUE);
                tables.draw(distribution(GradeDistribution.of(lines)));
                tables.draw(companies(lines, progress));
            }
            progress.update(lines.size(), lines.size() + 1L);
            PdfExport.pageNumbers(document, fonts, PdfTags.NONE, title);
            document.save(out);
        }
    }

    /** A row per grade, a column per graded X-Ray, and the companies without a grade last. */
    private static ReportTable distribution(GradeDistribution distribution) {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column(Messages.get("portfolio.export.pdf.grade"), ColumnKind.TEXT));
        GradeDistribution.GRADED.forEach(source -> columns.add(new ReportTable.Column(XRayWords.name(source),
                ColumnKind.INTEGER)));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String grade : distribution.grades()) {
            List<Object> values = new ArrayList<>();
            values.add(grade);
            GradeDistribution.GRADED.forEach(source -> values.add((double) distribution.count(source, grade)));
            rows.add(new ReportTable.Row(values, Emphasis.NONE));
        }
        List<Object> none = new ArrayList<>();
        none.add(Messages.get("portfolio.export.pdf.ungraded"));
        GradeDistribution.GRADED.forEach(source -> none.add((double) distribution.ungraded().get(source)));
        rows.add(new ReportTable.Row(none, Emphasis.NONE));
        return new ReportTable(Messages.get("portfolio.export.pdf.distribution"), columns, rows);
    }

    private static ReportTable companies(List<PortfolioLine> lines, ExportProgress progress) throws IOException {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column(Messages.get("portfolio.export.column.business_name"), ColumnKind.TEXT));
        columns.add(new ReportTable.Column(Messages.get("portfolio.export.column.code"), ColumnKind.TEXT));
        for (Source source : Source.values()) {
            columns.add(new ReportTable.Column(XRayWords.shortName(source), ColumnKind.TEXT));
        }
        columns.add(new ReportTable.Column(Messages.get("portfolio.export.pdf.pd"), ColumnKind.PERCENT_OF_FRACTION));
        columns.add(new ReportTable.Column(Messages.get("portfolio.export.column.decision"), ColumnKind.TEXT));
        columns.add(new ReportTable.Column(Messages.get("portfolio.export.column.last_update"), ColumnKind.DATE));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PortfolioLine line = lines.get(i);
            CachedRequest cached = line.overview().cached();
            List<Object> values = new ArrayList<>();
            values.add(cached.businessName());
            values.add(CompanyCodeTypes.describe(cached.codeType(), cached.codeId()));
            for (Source source : Source.values()) {
                values.add(verdict(line.xray(source)));
            }
            values.add(line.probabilityOfDefault());
            values.add(line.decision() == null ? null
                    : PortfolioColumns.forReaders(line.decision().terms().outcome()));
            values.add(PortfolioColumns.lastUpdate(line).toString());
            rows.add(new ReportTable.Row(values, Emphasis.NONE));
            PortfolioExporter.step(i, lines.size(), progress);
        }
        return new ReportTable(Messages.get("portfolio.export.pdf.companies"), columns, rows);
    }

    /** The grade when the X-Ray is ready with one, else the state's word: as the requests list's badges say it. */
    private static String verdict(XRayOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        return outcome.status() == XRayStatus.READY && outcome.grade() != null ? outcome.grade()
                : outcome.status().label();
    }
}
