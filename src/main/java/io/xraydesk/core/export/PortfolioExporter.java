package io.xraydesk.core.export;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.PortfolioLine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a portfolio summary (the companies the analyst selected in the portfolio view, or those the
 * {@code portfolio export} command's filters keep) as CSV or XLSX, one row per company, or as PDF, one
 * line per company with the grade distribution. Used by the window on a background thread and by the
 * command line. As with a request's export, the file appears complete or not at all ({@link ExportTarget}),
 * and interrupting the thread cancels it.
 */
public final class PortfolioExporter {

    /** Progress is told every this many companies: often enough for a bar, rarely enough to cost nothing. */
    private static final int PROGRESS_EVERY = 50;

    private final Figures figures;
    private final boolean allowSystemFonts;

    /** Numbers, dates and texts in the language the analyst chose ({@link Messages#locale()}). */
    public PortfolioExporter() {
        this(new Figures(Messages.locale()), true);
    }

    /** @param allowSystemFonts false forces the PDF's Standard 14 fallback font */
    public PortfolioExporter(Figures figures, boolean allowSystemFonts) {
        this.figures = figures;
        this.allowSystemFonts = allowSystemFonts;
    }

    /** @throws IllegalArgumentException when {@code lines} is empty: there is nothing to summarise */
    public void export(List<PortfolioLine> lines, PortfolioFormat format, Path target, LocalDate today,
            ExportProgress progress) throws IOException {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("portfolio.export.nothing"));
        }
        ExportTarget.write(target.toAbsolutePath(), out -> write(lines, format, today, out, progress));
    }

    private void write(List<PortfolioLine> lines, PortfolioFormat format, LocalDate today, OutputStream out,
            ExportProgress progress) throws IOException {
        switch (format) {
            case CSV -> PortfolioCsv.write(lines, out, progress);
            case XLSX -> PortfolioXlsx.write(lines, out, progress);
            case PDF -> PortfolioPdf.write(lines, today, figures, allowSystemFonts, out, progress);
        }
        progress.update(1, 1);
    }

    /** After the company at {@code index}: stops when cancelled, and tells the progress now and then. */
    static void step(int index, int total, ExportProgress progress) throws IOException {
        if (index % PROGRESS_EVERY == 0) {
            CsvExport.checkNotInterrupted();
            progress.update(index + 1, total + 1L);
        }
    }
}
