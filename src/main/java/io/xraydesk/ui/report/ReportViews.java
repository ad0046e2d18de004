package io.xraydesk.ui.report;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.export.ReportContents;
import io.xraydesk.core.export.ReportExporter;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Node;

/**
 * Builds the native view of a report for the request page ({@code Function<Report, Node>} through
 * {@code views::viewFor}). The view is chosen by source and by shape; a report this version cannot
 * read — unknown source, unexpected layout, or data that breaks a specific view — gets the generic
 * JSON view, never a blank screen.
 */
public final class ReportViews {

    private static final Logger LOG = Logger.getLogger(ReportViews.class.getName());

    /** What every view of one request shares. */
    record Services(BackgroundTasks tasks, ReportExporter exporter, ExportTargetChooser chooser,
            AnalysisRequest request, Supplier<List<Report>> requestReports, Figures figures) {
    }

    private final Services services;

    /**
     * @param request        the request the reports belong to (names the company in titles and exports)
     * @param requestReports every report of the request, newest data, for "Export the whole request"
     */
    public ReportViews(BackgroundTasks tasks, AnalysisRequest request, Supplier<List<Report>> requestReports) {
        this(tasks, request, requestReports, ExportTargetChooser.saveAs(Optional::empty));
    }

    public ReportViews(BackgroundTasks tasks, AnalysisRequest request, Supplier<List<Report>> requestReports,
            ExportTargetChooser chooser) {
        this.services = new Services(tasks, new ReportExporter(), chooser, request, requestReports,
                new Figures(Messages.locale()));
    }

    public Node viewFor(Report report) {
        Optional<Source> source = ReportContents.recognisedSource(report);
        try {
            return source.map(s -> specific(s, report)).orElseGet(() -> GenericReportView.build(services, report));
        } catch (RuntimeException unreadable) {
            // The data matched the source's shape at the top but not deeper down: show it raw.
            LOG.log(Level.WARNING, "report " + report.id() + " shown generically", unreadable);
            return GenericReportView.build(services, report);
        }
    }

    private Node specific(Source source, Report report) {
        return switch (source) {
            case BANK -> BankReportView.build(services, report);
            case FINANCIAL -> FinancialReportView.build(services, report);
            case ESG, MANAGER -> TabularReportView.build(services, report);
            case DOC -> DocReportView.build(services, report);
        };
    }
}
