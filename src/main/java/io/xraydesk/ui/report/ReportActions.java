package io.xraydesk.ui.report;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ExportFormat;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.export.ReportExporter;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.FileTaskStatus;
import io.xraydesk.ui.widgets.Icons;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The report toolbar: Print, and Export (this report or the whole request as PDF, its tables as CSV,
 * the raw JSON). Exports run on a background task with a progress bar and a Cancel button; the
 * outcome is written next to the buttons, a saved file with Open and Show in folder ({@link FileTaskStatus}).
 */
final class ReportActions {

    private final ReportExporter exporter;
    private final ExportTargetChooser chooser;
    private final AnalysisRequest request;
    private final Supplier<List<Report>> requestReports;
    private final Report report;
    private final ReportPrinter printer = new ReportPrinter();

    private final Button print = new Button(Messages.get("report.toolbar.print"), Icons.of(Feather.PRINTER));
    private final MenuButton export = new MenuButton(Messages.get("report.toolbar.export"), Icons.of(Feather.DOWNLOAD));
    private final FileTaskStatus status;
    private final HBox bar;
    private Node printable;

    ReportActions(ReportViews.Services services, Report report) {
        this.exporter = services.exporter();
        this.chooser = services.chooser();
        this.request = services.request();
        this.requestReports = services.requestReports();
        this.report = report;
        print.setId("report-print");
        print.setOnAction(event -> print());
        export.setId("report-export");
        export.getItems().addAll(
                item("report.export.pdfReport", ExportFormat.PDF, false),
                item("report.export.pdfRequest", ExportFormat.PDF, true),
                item("report.export.csv", ExportFormat.CSV, false),
                item("report.export.json", ExportFormat.JSON, false));
        status = new FileTaskStatus(services.tasks(), "report-action-status", Messages.get("report.export.cancelled"));
        export.disableProperty().bind(status.runningProperty());
        // What an action did has a line of its own (statusLine()): a long "Saved to …" never takes
        // the buttons' room, and the buttons never shrink to "Ex…".
        print.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        bar = new HBox(8, print, export);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.getStyleClass().add("report-actions");
    }

    Node bar() {
        return bar;
    }

    /** What the last print or export did, under the report's header; takes no room while empty. */
    Node statusLine() {
        return status.view();
    }

    /** The node the Print button sends to the printer (the report body, without the toolbar). */
    void printing(Node node) {
        this.printable = node;
    }

    private MenuItem item(String key, ExportFormat format, boolean wholeRequest) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId("export-" + format.extension() + (wholeRequest ? "-request" : ""));
        item.setOnAction(event -> export(format, wholeRequest));
        return item;
    }

    void print() {
        ReportPrinter.Outcome outcome = printer.print(printable);
        status.say(Messages.get("report.print." + outcome.name().toLowerCase(Locale.ROOT)));
    }

    void export(ExportFormat format, boolean wholeRequest) {
        Window owner = bar.getScene() == null ? null : bar.getScene().getWindow();
        chooser.choose(owner, suggestedName(format, wholeRequest), format)
                .ifPresent(target -> start(format, wholeRequest, target));
    }

    private void start(ExportFormat format, boolean wholeRequest, Path target) {
        ExportSubject subject = wholeRequest ? ExportSubject.request(request, requestReports.get())
                : ExportSubject.report(request, report);
        status.export("export " + format.extension(), sink -> {
            exporter.export(subject, format, target, sink::update);
            return target;
        });
    }

    /** {@code ACME-SAS_bank_2024-06-30.pdf}: readable, and safe on every file system. */
    private String suggestedName(ExportFormat format, boolean wholeRequest) {
        String company = request != null && request.businessName() != null ? request.businessName()
                : request != null && request.code() != null ? request.code().id() : "report";
        String what = wholeRequest ? "request" : report.source() == null ? "report" : report.source();
        String date = report.createdAt() == null ? "" : "_" + report.createdAt().toLocalDate();
        return (company + "_" + what + date).replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "." + format.extension();
    }
}
