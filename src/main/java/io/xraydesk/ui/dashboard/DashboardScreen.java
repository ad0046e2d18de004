package io.xraydesk.ui.dashboard;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.ConnectionStatus;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.watch.XRayState;
import io.xraydesk.store.RequestCache;
import io.xraydesk.ui.Routes;
import io.xraydesk.ui.Shell;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.concurrent.UiExecutor;
import io.xraydesk.ui.shell.ConnectionState;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.widgets.EmptyState;
import io.xraydesk.ui.widgets.Icons;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The requests list: every request this installation knows, from the cache at once, refreshed as the
 * {@link RequestWatcher} fetches. Search, status and X-Ray filters work on rows in memory. Rows not
 * fetched for {@link #STALE_AFTER}, or all rows while offline, are marked stale. New reports raise a
 * notification through {@link ReportNotifier}. Watcher events are only listened to while shown.
 */
public final class DashboardScreen implements Screen {

    /** A row older than this is marked as possibly out of date. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private final Shell shell;
    private final RequestCache cache;
    private final RequestWatcher watcher;
    private final Routes routes;
    private final Clock clock;
    private final UiExecutor ui = new FxUiExecutor();
    private final DashboardModel model = new DashboardModel();
    private final WatchListener rowUpdater = new RowUpdater();
    private final ReportNotifier notifier;
    private final SimpleBooleanProperty offline = new SimpleBooleanProperty(this, "offline");
    private final SimpleBooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final TableView<RequestRow> table = new TableView<>();
    private final Timeline staleTicker = new Timeline(new KeyFrame(javafx.util.Duration.minutes(1),
            event -> table.refresh()));
    private final BorderPane root = new BorderPane();
    private TaskHandle loading;

    public DashboardScreen(Shell shell, RequestCache cache, RequestWatcher watcher, Routes routes, Clock clock) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notifier = new ReportNotifier(shell.toasts(), routes, ui);
        staleTicker.setCycleCount(Timeline.INDEFINITE);
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

    /** Subscribes to the watcher and (re)reads the cache in the background. */
    @Override
    public void activate() {
        watcher.addListener(rowUpdater);
        watcher.addListener(notifier);
        showConnection(watcher.connectionStatus());
        staleTicker.play();
        // Rows are built here, off the FX thread: each parses its summary JSON once.
        loading = shell.tasks().task("read cached requests",
                        progress -> cache.all().stream().map(RequestRow::of).toList())
                .onSuccess(rows -> {
                    model.showAll(rows);
                    loaded.set(true);
                })
                .onFailure(failure -> shell.dialogs().error(Messages.get("dashboard.load.failed"), failure))
                .start();
    }

    @Override
    public void deactivate() {
        watcher.removeListener(rowUpdater);
        watcher.removeListener(notifier);
        staleTicker.stop();
        if (loading != null) {
            loading.cancel();
        }
    }

    /** File ▸ Open request by id: asks for the id, fetches it, adds it to the list and opens it. */
    public void openRequestById() {
        new OpenByIdDialog(shell.stage()).ask().ifPresent(this::open);
    }

    /** Fetches {@code requestId}, caches it as opened by id, shows its row and opens its page. */
    public void open(String requestId) {
        shell.tasks().task("open request " + requestId, progress -> {
                    watcher.openById(requestId);
                    return RequestRow.of(cache.find(requestId).orElseThrow());
                })
                .onSuccess(row -> {
                    model.show(row);
                    loaded.set(true);
                    routes.openRequest(requestId);
                })
                .onFailure(failure -> shell.dialogs().error(openFailure(failure), failure))
                .start();
    }

    /** The list's state, for tests. */
    DashboardModel model() {
        return model;
    }

    TableView<RequestRow> table() {
        return table;
    }

    private static String openFailure(Throwable failure) {
        boolean unknown = failure instanceof NotFoundException || failure instanceof PermissionException;
        return Messages.get(unknown ? "dashboard.open.not_found" : "dashboard.open.failed");
    }

    // ---- view ------------------------------------------------------------------------------------

    private void build() {
        root.getStyleClass().add("dashboard");
        root.setPadding(new Insets(12));
        root.setTop(new VBox(8, toolbar(), offlineBanner()));
        buildTable();
        EmptyState empty = new EmptyState(Feather.INBOX, Messages.get("dashboard.empty.title"),
                Messages.get("dashboard.empty.text"), Messages.get("dashboard.empty.action"), routes::newRequest);
        empty.visibleProperty().bind(loaded.and(javafx.beans.binding.Bindings.isEmpty(model.rows())));
        table.visibleProperty().bind(empty.visibleProperty().not());
        StackPane center = new StackPane(table, empty);
        BorderPane.setMargin(center, new Insets(8, 0, 0, 0));
        root.setCenter(center);
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("dashboard-search");
        search.setPromptText(Messages.get("dashboard.search.prompt"));
        search.setPrefColumnCount(22);
        model.searchProperty().bind(search.textProperty());

        ComboBox<String> status = new ComboBox<>();
        status.setId("dashboard-status-filter");
        status.getItems().add(null);
        model.statuses().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = status.getValue();
            status.getItems().setAll(model.statuses());
            status.getItems().add(0, null);
            status.setValue(chosen);
        });
        status.setConverter(converter(value -> value == null ? Messages.get("dashboard.filter.status.all")
                : RequestLabels.statusText(value)));
        status.setButtonCell(listCell(status.getConverter()));
        status.setValue(null);
        model.statusProperty().bind(status.valueProperty());

        ComboBox<XRayFilter> xray = new ComboBox<>();
        xray.setId("dashboard-xray-filter");
        xray.getItems().setAll(XRayFilter.values());
        xray.setConverter(converter(value -> value == null ? "" : Messages.get(value.messageKey())));
        xray.setValue(XRayFilter.ALL);
        model.xrayProperty().bind(xray.valueProperty());

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
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node offlineBanner() {
        Label banner = new Label(Messages.get("dashboard.offline"), Icons.of(Feather.WIFI_OFF));
        banner.setId("dashboard-offline");
        banner.getStyleClass().addAll("chip", "chip-warning");
        banner.visibleProperty().bind(offline);
        banner.managedProperty().bind(offline);
        return banner;
    }

    private void buildTable() {
        table.setId("dashboard-table");
        table.setItems(model.visible());
        model.visible().comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("dashboard.no_match")));

        TableColumn<RequestRow, String> name = textColumn("dashboard.column.name", RequestRow::businessName);
        name.setPrefWidth(180);
        TableColumn<RequestRow, String> code = textColumn("dashboard.column.code", RequestRow::codeDisplay);
        code.setPrefWidth(110);
        TableColumn<RequestRow, String> status = new TableColumn<>(Messages.get("dashboard.column.status"));
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        status.setCellFactory(column -> graphicCell(RequestLabels::statusChip));
        status.setPrefWidth(175);
        TableColumn<RequestRow, String> stage = textColumn("dashboard.column.stage", RequestRow::stage);
        stage.setPrefWidth(55);
        TableColumn<RequestRow, Instant> created = timeColumn("dashboard.column.created", RequestRow::createdAt);
        TableColumn<RequestRow, Instant> updated = timeColumn("dashboard.column.updated", RequestRow::updatedAt);
        table.getColumns().addAll(java.util.List.of(name, code, status, stage, created, updated));
        for (Source source : Source.values()) {
            table.getColumns().add(xrayColumn(source));
        }
        updated.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(updated);

        table.setRowFactory(view -> {
            TableRow<RequestRow> row = new TableRow<>() {
                @Override
                protected void updateItem(RequestRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean stale = !empty && item != null
                            && (offline.get() || item.isOlderThan(STALE_AFTER, clock.instant()));
                    getStyleClass().remove("stale");
                    if (stale) {
                        getStyleClass().add("stale");
                    }
                    setOpacity(stale ? 0.6 : 1);
                    setTooltip(stale ? new Tooltip(Messages.get("dashboard.stale",
                            RequestLabels.dateTime(item.fetchedAt()))) : null);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    routes.openRequest(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            RequestRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                routes.openRequest(selected.id());
                event.consume();
            }
        });
        offline.addListener((o, was, is) -> table.refresh());
    }

    private static TableColumn<RequestRow, String> textColumn(String key, Function<RequestRow, String> value) {
        TableColumn<RequestRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<RequestRow, Instant> timeColumn(String key, Function<RequestRow, Instant> value) {
        TableColumn<RequestRow, Instant> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : RequestLabels.dateTime(item));
            }
        });
        column.setPrefWidth(140);
        return column;
    }

    private static TableColumn<RequestRow, XRayState> xrayColumn(Source source) {
        TableColumn<RequestRow, XRayState> column = new TableColumn<>(shortName(source));
        column.setId("xray-" + source.wire());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().xrays().get(source)));
        column.setCellFactory(c -> graphicCell(RequestLabels::xrayBadge));
        // Ready first, best grade first; then pending; then not applicable.
        column.setComparator(Comparator.comparingInt(DashboardScreen::rank)
                .thenComparing(s -> s.grade() == null ? "~" : s.grade()));
        column.setPrefWidth(84);
        return column;
    }

    private static int rank(XRayState state) {
        return switch (state.kind()) {
            case READY -> 0;
            case PENDING -> 1;
            case NOT_APPLICABLE -> 2;
        };
    }

    private static String shortName(Source source) {
        return source.displayName().replace(" X-Ray", "");
    }

    private static <T> TableCell<RequestRow, T> graphicCell(Function<T, Node> graphic) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : graphic.apply(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private static <T> ListCell<T> listCell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? converter.toString(null) : converter.toString(item));
            }
        };
    }

    private void showConnection(ConnectionStatus status) {
        offline.set(status == ConnectionStatus.OFFLINE_RETRYING);
        shell.window().setConnectionState(ConnectionState.valueOf(status.name()));
    }

    /** Keeps rows and the status bar in step with the watcher (events arrive on its thread). */
    private final class RowUpdater implements WatchListener {

        @Override
        public void requestChanged(AnalysisRequest request) {
            reload(request.id());
        }

        @Override
        public void newReport(AnalysisRequest request, Report report) {
            reload(report.request());
        }

        @Override
        public void connectionChanged(ConnectionStatus status) {
            ui.execute(() -> showConnection(status));
        }

        @Override
        public void authenticationLost(AuthenticationException failure) {
            ui.execute(() -> routes.signIn(Messages.get("dashboard.auth_lost")));
        }

        private void reload(String requestId) {
            cache.find(requestId).map(RequestRow::of).ifPresent(row -> ui.execute(() -> {
                model.show(row);
                loaded.set(true);
            }));
        }
    }
}
