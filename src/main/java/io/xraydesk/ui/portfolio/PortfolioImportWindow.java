package io.xraydesk.ui.portfolio;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.BusyRing;
import io.xraydesk.ui.widgets.Icons;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * File ▸ Import a portfolio…: a window of its own beside the main one, so that the analyst can go on
 * working while hundreds of companies are imported. Choose the list (and the documents folder), correct the
 * preview table, Start, follow the progress per company and overall, Stop, and save the final report.
 * Closing the window stops the run after its current company: the same list continues later from the
 * journal (docs/portfolio.md).
 */
public final class PortfolioImportWindow {

    private final Stage stage = new Stage();
    private final PortfolioImportModel model;
    private final ImportFileChooser chooser;
    private final PreviewTable table;

    public PortfolioImportWindow(ScreenContext context) {
        this(context, new PlatformFileChooser());
    }

    public PortfolioImportWindow(ScreenContext context, ImportFileChooser chooser) {
        SessionWork work = context.work();
        this.chooser = chooser;
        this.model = new PortfolioImportModel(context.tasks(), work.portfolioPreviewer(), work::portfolioImport,
                work.uploads(), context.shell().dialogs()::error);
        this.table = new PreviewTable(model);
        Window owner = context.shell().stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("portfolio.ui.title"));
        Scene scene = new Scene(layout(), 1180, 660);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setOnHidden(event -> model.close());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Closes the window; a run under way stops after its current company, the journal keeping where. */
    public void close() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    PortfolioImportModel model() {
        return model;
    }

    private VBox layout() {
        Label status = new Label();
        status.setId("portfolio-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        // Reading and checking give no count to show: a spinner says the work goes on, Stop ends it.
        BusyRing checking = new BusyRing();
        checking.setId("portfolio-checking");
        checking.visibleProperty().bind(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.CHECKING));
        checking.managedProperty().bind(checking.visibleProperty());
        HBox statusLine = new HBox(8, checking, status);
        VBox.setVgrow(table.view(), Priority.ALWAYS);
        VBox root = new VBox(10, files(), statusLine, table.view(), progress(), buttons());
        root.setPadding(new Insets(14));
        root.setId("portfolio-import");
        return root;
    }

    private GridPane files() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        BooleanBinding locked = model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.CHECKING));
        fileRow(grid, 0, "portfolio.ui.list", "portfolio-list", model.listFileProperty(), chooser::list, locked);
        fileRow(grid, 1, "portfolio.ui.folder", "portfolio-folder", model.documentsFolderProperty(),
                chooser::documentsFolder, locked);
        Button read = new Button(Messages.get("portfolio.ui.read"), Icons.of(Feather.CHECK_SQUARE));
        read.setId("portfolio-read");
        read.setDefaultButton(true);
        read.disableProperty().bind(locked);
        read.setOnAction(event -> model.read());
        grid.add(read, 1, 2);
        return grid;
    }

    private void fileRow(GridPane grid, int row, String labelKey, String id, StringProperty value,
            Function<Window, Optional<Path>> browse, BooleanBinding locked) {
        Label label = new Label(Messages.get(labelKey));
        TextField field = new TextField();
        field.setId(id + "-field");
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(locked);
        label.setLabelFor(field);
        Button choose = new Button(Messages.get("portfolio.ui.browse"), Icons.of(Feather.FOLDER));
        choose.setId(id + "-browse");
        choose.disableProperty().bind(locked);
        choose.setOnAction(event -> browse.apply(stage).ifPresent(path -> value.set(path.toString())));
        grid.addRow(row, label, field, choose);
    }

    private VBox progress() {
        ProgressBar companies = bar("portfolio-companies-progress");
        companies.progressProperty().bind(model.companiesProgressProperty());
        ProgressBar documents = bar("portfolio-documents-progress");
        documents.progressProperty().bind(model.documentsProgressProperty());
        Label text = new Label();
        text.setId("portfolio-progress-text");
        text.textProperty().bind(model.progressTextProperty());
        HBox bars = new HBox(8, new Label(Messages.get("portfolio.ui.companies")), companies,
                new Label(Messages.get("portfolio.ui.documents")), documents);
        VBox box = new VBox(4, bars, text);
        box.visibleProperty().bind(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.FINISHED)));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static ProgressBar bar(String id) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId(id);
        bar.setPrefWidth(260);
        return bar;
    }

    private HBox buttons() {
        Button start = new Button(Messages.get("portfolio.ui.start"), Icons.of(Feather.PLAY));
        start.setId("portfolio-start");
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canStart(), model.phaseProperty(),
                model.rows()));
        start.setOnAction(event -> model.start());
        Button stop = new Button(Messages.get("portfolio.ui.stop"), Icons.of(Feather.SQUARE));
        stop.setId("portfolio-cancel");
        stop.visibleProperty().bind(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.CHECKING)));
        stop.setOnAction(event -> model.cancel());
        Button save = new Button(Messages.get("portfolio.ui.saveReport"), Icons.of(Feather.DOWNLOAD));
        save.setId("portfolio-save-report");
        save.disableProperty().bind(model.reportProperty().isNull());
        save.setOnAction(event -> chooser.reportTarget(stage, "portfolio-import-" + LocalDate.now() + ".csv")
                .ifPresent(model::saveReport));
        Button close = new Button(Messages.get("portfolio.ui.close"));
        close.setId("portfolio-close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, start, stop, spacer, save, close);
    }
}
