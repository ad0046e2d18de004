package io.xraydesk.ui.dashboard;

import io.xraydesk.core.export.PortfolioExporter;
import io.xraydesk.core.export.PortfolioFormat;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.PortfolioLine;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.widgets.FileTaskStatus;
import io.xraydesk.ui.widgets.Icons;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The requests list's selection and its portfolio summary export: how many rows are selected, Select
 * all shown, and Export as CSV, XLSX or PDF through the "Save as…" dialog, written off the UI thread with
 * progress and Cancel, then Open and Show in folder ({@link FileTaskStatus}). The rows are taken as selected when the analyst asks.
 */
final class SelectionExport {

    private final TableView<RequestRow> table;
    private final ExportTargetChooser chooser;
    private final PortfolioExporter exporter;
    private final Clock clock;
    private final FileTaskStatus run;
    private final HBox bar;

    SelectionExport(TableView<RequestRow> table, BackgroundTasks tasks, ExportTargetChooser chooser,
            PortfolioExporter exporter, Clock clock) {
        this.table = table;
        this.chooser = chooser;
        this.exporter = exporter;
        this.clock = clock;
        this.run = new FileTaskStatus(tasks, "dashboard-export-status", Messages.get("report.export.cancelled"));
        Label selected = new Label();
        selected.setId("dashboard-selected");
        selected.getStyleClass().add("text-muted");
        selected.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("dashboard.selected",
                table.getSelectionModel().getSelectedItems().size()), table.getSelectionModel().getSelectedItems()));
        Button all = new Button(Messages.get("dashboard.select.all"));
        all.setId("dashboard-select-all");
        all.setOnAction(event -> table.getSelectionModel().selectAll());
        MenuButton export = new MenuButton(Messages.get("dashboard.export"), Icons.of(Feather.DOWNLOAD));
        export.setId("dashboard-export");
        for (PortfolioFormat format : PortfolioFormat.values()) {
            String name = format.extension();
            MenuItem item = new MenuItem(Messages.get("dashboard.export." + name));
            item.setId("dashboard-export-" + name);
            item.setOnAction(event -> export(format));
            export.getItems().add(item);
        }
        export.disableProperty().bind(run.runningProperty());
        bar = new HBox(8, selected, all, export, run.view());
        bar.setAlignment(Pos.CENTER_LEFT);
    }

    Node bar() {
        return bar;
    }

    /** Asks where, then writes the selected rows' summary; says so when nothing is selected. */
    void export(PortfolioFormat format) {
        List<PortfolioLine> lines = table.getSelectionModel().getSelectedItems().stream()
                .map(RequestRow::line).toList();
        if (lines.isEmpty()) {
            run.say(Messages.get("dashboard.export.none"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        String name = "portfolio-" + today + "." + format.extension().toLowerCase(Locale.ROOT);
        chooser.choose(table.getScene() == null ? null : table.getScene().getWindow(), name, format)
                .ifPresent(target -> run.export("export portfolio " + format.extension(), sink -> {
                    exporter.export(lines, format, target, today, sink::update);
                    return target;
                }));
    }
}
