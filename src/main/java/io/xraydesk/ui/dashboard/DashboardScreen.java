package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.core.export.PortfolioExporter;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.Shell;
import io.xraydesk.ui.widgets.ChoiceText;
import io.xraydesk.ui.widgets.EmptyState;
import io.xraydesk.ui.widgets.Icons;
import io.xraydesk.ui.widgets.OnceTrue;
import io.xraydesk.ui.widgets.RequestLabels;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The requests list, grown into the portfolio view, over a {@link DashboardViewModel}: every request this
 * installation knows, from the cache at once, refreshed as the watcher fetches. Search, status, X-Ray state,
 * grade range, last update and import batch filter rows in memory; any column sorts; the columns and sort
 * order are kept between launches; selected rows export as a portfolio summary. Rows not
 * fetched for {@link #STALE_AFTER}, or all rows while offline, are marked stale. New reports raise a
 * notification through {@link ReportNotifier}. Watcher events are only listened to while shown.
 */
public final class DashboardScreen implements Screen {

    /** A row older than this is marked as possibly out of date. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private final Shell shell;
    private final Routes routes;
    private final DashboardViewModel viewModel;
    private final DashboardModel model;
    private final RequestsTable table;
    private final Timeline staleTicker;
    /** The list's part in a team; null when this desktop works alone. */
    private final DashboardTeam team;
    private final TableLayoutKeeper<RequestRow> layoutKeeper;
    private final FilterBar filters;
    private final SelectionExport selectionExport;
    private final BorderPane root = new BorderPane();

    /** Exports ask where to save with the platform's "Save as…" dialog, in its own first folder. */
    public DashboardScreen(ScreenContext context, Clock clock) {
        this(context, clock, ExportTargetChooser.saveAs(Optional::empty));
    }

    public DashboardScreen(ScreenContext context, Clock clock, ExportTargetChooser chooser) {
        this.shell = context.shell();
        this.routes = context.routes();
        this.viewModel = new DashboardViewModel(context.tasks(), context.work().requests(), context.work().watcher(),
                context.work().connection(), routes, shell.dialogs()::error, new ReportNotifier(context),
                action -> NextFrame.then(root, action));
        this.model = viewModel.list();
        this.team = context.work().team().map(session -> new DashboardTeam(context.tasks(), session,
                context.work().session().analyst().userId(), viewModel::reloadRow, viewModel::reloadAll,
                shell.dialogs()::error)).orElse(null);
        if (team != null) {
            model.addFilter(team.filter());
        }
        this.table = new RequestsTable(model, routes, Objects.requireNonNull(clock, "clock"),
                viewModel.unreachableProperty());
        // Rows age while shown: restyled every minute so "stale" appears without any event.
        this.staleTicker = new Timeline(new KeyFrame(javafx.util.Duration.minutes(1), event -> table.refresh()));
        staleTicker.setCycleCount(Timeline.INDEFINITE);
        this.filters = new FilterBar(model);
        this.selectionExport = new SelectionExport(table, context.tasks(), chooser, new PortfolioExporter(), clock);
        this.layoutKeeper = new TableLayoutKeeper<>(table);
        layoutKeeper.restoreAndTrack(context.services().settings().requestsTable(),
                layout -> context.tasks().task("save the requests table's layout", progress ->
                        context.services().updateSettings(settings -> settings.withRequestsTable(layout))).start());
        build();
    }

    @Override
    public String titleKey() {
        return "dashboard.title";
    }

    @Override
    public Node view() {
        return root;
    }

    /** Once its first rows are read and shown (none, when no request is known). */
    @Override
    public boolean showsItsData() {
        return viewModel.loadedProperty().get();
    }

    @Override
    public void activate() {
        viewModel.activate();
        if (team != null) {
            team.activate();
        }
        staleTicker.play();
    }

    @Override
    public void deactivate() {
        staleTicker.stop();
        layoutKeeper.flush();
        viewModel.deactivate();
        if (team != null) {
            team.deactivate();
        }
    }

    /**
     * File ▸ Open request by id: asks for one id or a list, fetches them, adds those found to the list, opens
     * a single one, and for a list says what was found, not found and not an id.
     */
    public void openRequestById() {
        new OpenByIdDialog(shell.stage()).ask().ifPresent(answer -> viewModel.openAll(answer.text(), answer.file(),
                opened -> shell.dialogs().inform(Messages.get("dashboard.open.title"),
                        Messages.get("dashboard.open.list.header"), opened.summary())));
    }

    /** Fetches {@code requestId}, caches it as opened by id, shows its row and opens its page. */
    public void open(String requestId) {
        viewModel.open(requestId);
    }

    /** The list's state, for tests. */
    DashboardModel model() {
        return model;
    }

    TableView<RequestRow> table() {
        return table;
    }

    /** The portfolio summary export of the selected rows, for tests. */
    SelectionExport selectionExport() {
        return selectionExport;
    }

    /**
     * The filter bar, to which a further {@link RowFilter} part's controls are added after {@link
     * DashboardModel#addFilter} (docs/architecture.md, The screen contract).
     */
    FilterBar filters() {
        return filters;
    }

    // ---- view ------------------------------------------------------------------------------------

    private void build() {
        root.getStyleClass().add("dashboard");
        root.setPadding(new Insets(12));
        Node readingBanner = readingBanner();
        VBox top = new VBox(8, toolbar(), filters, selectionExport.bar(), readingBanner);
        // Made the first time the server cannot be reached, above the reading line: until then the first frame
        // makes no skin for it.
        OnceTrue.run(viewModel.unreachableProperty(),
                () -> top.getChildren().add(top.getChildren().indexOf(readingBanner), offlineBanner()));
        if (team != null) {
            top.getChildren().add(TeamBar.banner(team));
        }
        root.setTop(top);
        BooleanBinding nothingKnown = viewModel.loadedProperty().and(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        table.visibleProperty().bind(nothingKnown.not());
        StackPane center = new StackPane(table);
        // The empty state is made the first time the list has nothing: a portfolio's first frame then makes
        // no skin and no style for a pane it would hide (docs/portfolio.md, Speed).
        OnceTrue.run(nothingKnown, () -> {
            EmptyState empty = new EmptyState(Feather.INBOX, Messages.get("dashboard.empty.title"),
                    Messages.get("dashboard.empty.text"), Messages.get("dashboard.empty.action"), routes::newRequest);
            empty.visibleProperty().bind(nothingKnown);
            center.getChildren().add(empty);
        });
        BorderPane.setMargin(center, new Insets(8, 0, 0, 0));
        root.setCenter(center);
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("dashboard-search");
        search.setPromptText(Messages.get("dashboard.search.prompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.searchProperty());

        ComboBox<String> status = new ComboBox<>();
        status.setId("dashboard-status-filter");
        ChoiceText.followChoices(status, model.statuses());
        status.setConverter(ChoiceText.of(value -> value == null ? Messages.get("dashboard.filter.status.all")
                : RequestLabels.statusText(value)));
        status.setButtonCell(ChoiceText.buttonCell(status.getConverter()));
        status.setValue(null);
        status.valueProperty().bindBidirectional(model.statusProperty());

        ComboBox<XRayFilter> xray = new ComboBox<>();
        xray.setId("dashboard-xray-filter");
        xray.getItems().setAll(XRayFilter.values());
        xray.setConverter(ChoiceText.of(value -> value == null ? "" : Messages.get(value.messageKey())));
        xray.setValue(XRayFilter.ALL);
        xray.valueProperty().bindBidirectional(model.xrayProperty());

        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("dashboard.count", model.visible().size(), model.rows().size()),
                model.visible(), model.rows()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button openById = new Button(Messages.get("dashboard.open.button"), Icons.of(Feather.SEARCH));
        openById.setId("dashboard-open-by-id");
        openById.setOnAction(event -> openRequestById());
        Button create = new Button(Messages.get("dashboard.new_request"));
        create.getStyleClass().add("accent");
        create.setOnAction(event -> routes.newRequest());
        HBox bar = new HBox(8, search, status, xray, count, spacer, openById, create);
        if (team != null) {
            bar.getChildren().add(0, TeamBar.scope(team));
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * While only the first rows are read: how many of the portfolio are shown, and that the search, filters and
     * sort act on these alone until the rest is in.
     */
    private Node readingBanner() {
        Label banner = new Label();
        banner.setId("dashboard-reading");
        banner.getStyleClass().add("text-muted");
        banner.setWrapText(true);
        ReadOnlyIntegerProperty total = model.totalWhileReadingProperty();
        banner.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> total.get() == 0 ? "" : Messages.get("dashboard.reading", model.rows().size(), total.get()),
                total, model.rows()));
        banner.visibleProperty().bind(total.isNotEqualTo(0));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node offlineBanner() {
        Label banner = new Label("", Icons.of(Feather.WIFI_OFF));
        banner.setId("dashboard-offline");
        banner.getStyleClass().addAll("chip", "chip-warning");
        banner.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                viewModel.connectionProperty().get() == ConnectionMonitor.State.SERVER_ERRORS
                        ? "dashboard.serverErrors" : "dashboard.offline"), viewModel.connectionProperty()));
        banner.visibleProperty().bind(viewModel.unreachableProperty());
        banner.managedProperty().bind(viewModel.unreachableProperty());
        return banner;
    }
}
