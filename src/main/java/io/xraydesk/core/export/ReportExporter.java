package io.xraydesk.core.export;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.ReportCoverage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report or a whole request to a file, as PDF, CSV or raw JSON; used by the window (on a
 * background thread) and by the {@code export} command. The file appears complete or not at all: the
 * export goes to a temporary file next to the target, moved into place at the end. A target that is
 * a link, a folder, a pipe or a device is refused ({@link ExportTargetException}) before anything is
 * written.
 */
public final class ReportExporter {

    private final Figures figures;
    private final boolean allowSystemFonts;
    private final ExportListener listener;

    /** Numbers, dates and texts in the language the analyst chose ({@link Messages#locale()}). */
    public ReportExporter() {
        this(ExportListener.NONE);
    }

    /** As {@link #ReportExporter()}, telling {@code listener} of each completed file. */
    public ReportExporter(ExportListener listener) {
        this(new Figures(Messages.locale()), true, listener);
    }

    /**
     * @param allowSystemFonts false forces the Standard 14 fallback font (what a machine without any
     *                         TrueType font gets)
     */
    public ReportExporter(Figures figures, boolean allowSystemFonts) {
        this(figures, allowSystemFonts, ExportListener.NONE);
    }

    private ReportExporter(Figures figures, boolean allowSystemFonts, ExportListener listener) {
        this.figures = figures;
        this.allowSystemFonts = allowSystemFonts;
        this.listener = listener;
    }

    public void export(ExportSubject subject, ExportFormat format, Path target, ExportProgress progress)
            throws IOException {
        if (subject.reports().isEmpty() && !(subject.wholeRequest() && format == ExportFormat.PDF)) {
            // A request's PDF opens with its summary, which is worth having before any report
            // (what each X-Ray awaits, the next steps); a table or a report has nothing to hold yet.
            throw new IllegalArgumentException(Messages.get("export.nothing"));
        }
        Path absolute = target.toAbsolutePath();
        ExportTarget.write(absolute, out -> write(subject, format, out, progress));
        listener.exported(subject, format, absolute);
    }

    private void write(ExportSubject subject, ExportFormat format, OutputStream out, ExportProgress progress)
            throws IOException {
        switch (format) {
            case JSON -> JsonExport.write(subject, out);
            case CSV -> new CsvExport(figures.locale()).write(csvSections(subject), out, progress);
            case PDF -> new PdfExport(figures, allowSystemFonts).write(subject, contents(subject), out, progress);
        }
    }

    /** Each report's content, titled with what it covers ("Bank X-Ray · 01/03/2024 – 31/03/2024"). */
    private List<ReportContent> contents(ExportSubject subject) {
        return subject.reports().stream().map(r -> covered(r, ReportContents.of(r, figures))).toList();
    }

    static ReportContent covered(Report report, ReportContent content) {
        String title = ReportCoverage.label(report).map(label -> Messages.get("xray.coverage.title", content.title(),
                label)).orElse(content.title());
        return new ReportContent(title, content.grade(), content.gradeNote(), content.facts(), content.charts(),
                content.tables());
    }

    /** A whole request starts with the X-Ray states table, in the same words as everywhere else. */
    private List<CsvExport.Section> csvSections(ExportSubject subject) {
        List<CsvExport.Section> sections = new ArrayList<>();
        if (subject.summary() != null) {
            sections.add(new CsvExport.Section(Messages.get("export.summary.title"), XRayStatesTable.of(subject.summary())));
        }
        sections.addAll(CsvExport.sectionsOf(contents(subject)));
        return sections;
    }
}
