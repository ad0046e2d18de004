package io.xraydesk.ui.dashboard;

import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.PortfolioLine;
import io.xraydesk.core.requests.PortfolioReader;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.store.ImportBatch;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The work behind the requests list: reads the rows through the {@link RequestReader} with the one
 * task executor, keeps them in step with the watcher while active, follows the session's connection
 * monitor (the status bar's source) for the offline banner, and opens a request by id. The list
 * itself ({@link DashboardModel}) filters and sorts in memory. Properties change on the UI thread only.
 */
final class DashboardViewModel {

    private final BackgroundTasks tasks;
    private final RequestReader requests;
    private final RequestWatcher watcher;
    private final ConnectionMonitor monitor;
    private final Routes routes;
    /** Shows a failure that is not a refused token (the executor's filter takes those). */
    private final BiConsumer<String, Throwable> onError;
    /** Listens to the watcher alongside the rows, for as long as the list is shown (notifications). */
    private final WatchListener companion;
    /** Runs an action once the rows just shown are on the screen (at once without a window). */
    private final Consumer<Runnable> afterShown;
    /**
     * The rows read and shown before the rest: more than the tallest window shows at the table's row height, so
     * the first screen is whole in the list's first order.
     */
    static final int FIRST_ROWS = 60;

    private final DashboardModel list = new DashboardModel();
    private final WatchListener rowUpdater = new RowUpdater();
    private final ConnectionMonitor.Listener connectionFollower = this::connectionChanged;
    private final ReadOnlyObjectWrapper<ConnectionMonitor.State> connection =
            new ReadOnlyObjectWrapper<>(this, "connection", ConnectionMonitor.State.IDLE);
    private final BooleanBinding unreachable = Bindings.createBooleanBinding(
            () -> connection.get() == ConnectionMonitor.State.OFFLINE
                    || connection.get() == ConnectionMonitor.State.SERVER_ERRORS, connection);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private TaskHandle loading;
    /** Counts the reads started and stopped: a read of the rest planned for a read since replaced is dropped. */
    private int reads;
    private TaskHandle opening;

    DashboardViewModel(BackgroundTasks tasks, RequestReader requests, RequestWatcher watcher, ConnectionMonitor monitor,
            Routes routes, BiConsumer<String, Throwable> onError, WatchListener companion, Consumer<Runnable> afterShown) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.onError = Objects.requireNonNull(onError, "onError");
        this.companion = Objects.requireNonNull(companion, "companion");
        this.afterShown = Objects.requireNonNull(afterShown, "afterShown");
    }

    DashboardModel list() {
        return list;
    }

    /** The session's connection as the status bar says it. */
    ReadOnlyObjectProperty<ConnectionMonitor.State> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** True while the API is offline or answers with server errors: every row may be out of date. */
    BooleanBinding unreachableProperty() {
        return unreachable;
    }

    /** True once the cache was read: an empty list then means "no requests yet". */
    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Subscribes to the watcher and (re)reads the cache in the background. */
    void activate() {
        watcher.addListener(rowUpdater);
        watcher.addListener(companion);
        monitor.addListener(connectionFollower);
        connection.set(monitor.state());
        reloadAll();
    }

    /**
     * (Re)reads every row of the cache in the background; on the FX thread. The first screenful of rows (the most
     * recently updated requests, each read on its own) is shown as soon as it is read, then every row at once
     * (docs/portfolio.md, The portfolio view). Rows are built off the FX thread.
     */
    void reloadAll() {
        stopReading();
        int read = reads;
        PortfolioReader portfolio = requests.portfolio();
        // Coming back to a list that shows every row: it keeps them, its newest read again first, not cut to those.
        boolean keepShown = list.showsEveryRow();
        loading = tasks.task("read the portfolio's first rows",
                        progress -> new FirstRows(portfolio.count(), rows(portfolio.firstLines(FIRST_ROWS))))
                .onSuccess(first -> {
                    if (keepShown && first.rows().size() < first.total()) {
                        list.refresh(first.rows());
                    } else {
                        list.showFirst(first.rows(), first.total());
                    }
                    loaded.set(true);
                    if (first.rows().size() < first.total()) {
                        // Read once the first rows are painted: on a busy computer the first screen does not share
                        // the processor with the reading of the rest.
                        afterShown.accept(() -> {
                            if (read == reads) {
                                readTheRest(portfolio);
                            }
                        });
                    } else {
                        readBatches(portfolio);
                    }
                })
                .onFailure(failure -> onError.accept(Messages.get("dashboard.load.failed"), failure))
                .start();
    }

    /** Reads every row and shows them in one change, with the import batches to filter on. */
    private void readTheRest(PortfolioReader portfolio) {
        loading = tasks.task("read the portfolio", progress -> new Loaded(rows(portfolio.lines()),
                        portfolio.batches()))
                .onSuccess(read -> {
                    list.showAll(read.rows());
                    list.batch().batches().setAll(read.batches());
                })
                .onFailure(failure -> onError.accept(Messages.get("dashboard.load.failed"), failure))
                .start();
    }

    /** The whole portfolio was its first rows: only the import batches remain to read. */
    private void readBatches(PortfolioReader portfolio) {
        loading = tasks.task("read the import batches", progress -> portfolio.batches())
                .onSuccess(batches -> list.batch().batches().setAll(batches))
                .onFailure(failure -> onError.accept(Messages.get("dashboard.load.failed"), failure))
                .start();
    }

    private void stopReading() {
        reads++;
        if (loading != null) {
            loading.cancel();
        }
    }

    private static List<RequestRow> rows(List<PortfolioLine> lines) {
        return lines.stream().map(RequestRow::of).toList();
    }

    void deactivate() {
        watcher.removeListener(rowUpdater);
        watcher.removeListener(companion);
        monitor.removeListener(connectionFollower);
        stopReading();
        if (opening != null) {
            opening.cancel();
        }
    }

    /** Fetches {@code requestId}, caches it as opened by id, shows its row and opens its page. */
    void open(String requestId) {
        tasks.task("open request " + requestId, progress -> {
                    watcher.openById(requestId);
                    return RequestRow.of(requests.portfolio().line(requestId).orElseThrow());
                })
                .onSuccess(row -> {
                    list.show(row);
                    loaded.set(true);
                    routes.openRequest(requestId);
                })
                .onFailure(failure -> onError.accept(openFailure(failure), failure))
                .start();
    }

    /**
     * Fetches every id of {@code text} and of {@code file} (may be null), keeps those found in the list (they
     * are cached as opened by id), and opens the page of a single id found; otherwise {@code done} receives
     * what was found, not found and not an id.
     */
    void openAll(String text, Path file, Consumer<OpenedIds> done) {
        if (opening != null) {
            opening.cancel();
        }
        opening = tasks.task("open requests by id", progress -> OpenedIds.fetch(
                        RequestIdInput.parseList(file == null ? text : text + "\n" + IdsFile.read(file)), watcher,
                        requests, progress))
                .onSuccess(opened -> {
                    opened.found().forEach(list::show);
                    loaded.set(true);
                    opened.single().ifPresentOrElse(routes::openRequest, () -> done.accept(opened));
                })
                .onFailure(failure -> onError.accept(failure instanceof IdsFile.UnreadableException unreadable
                        ? unreadable.getMessage() : Messages.get("dashboard.open.failed"), failure))
                .start();
    }

    private static String openFailure(Throwable failure) {
        boolean unknown = failure instanceof NotFoundException || failure instanceof PermissionException;
        return Messages.get(unknown ? "dashboard.open.not_found" : "dashboard.open.failed");
    }

    /** Heard on the monitor's thread. */
    private void connectionChanged(ConnectionMonitor.State state) {
        tasks.ui().execute(() -> connection.set(state));
    }

    /** The first step of the read: how many requests the portfolio holds, and the rows of the newest. */
    private record FirstRows(int total, List<RequestRow> rows) {
    }

    /** What the list reads when shown: the rows, built off the FX thread, and the import batches to filter on. */
    private record Loaded(List<RequestRow> rows, List<ImportBatch> batches) {
    }

    /** Keeps rows in step with the watcher (events arrive on its thread); a 404 marks its row. */
    private final class RowUpdater implements WatchListener {

        @Override
        public void requestChanged(AnalysisRequest request) {
            reloadRow(request.id());
        }

        @Override
        public void newReport(AnalysisRequest request, Report report) {
            reloadRow(report.request());
        }

        @Override
        public void requestUnavailable(String requestId) {
            reloadRow(requestId);
        }
    }

    /** Reads one row again and shows it; blocking (the cache), so call it off the FX thread. */
    void reloadRow(String requestId) {
        requests.portfolio().line(requestId).map(RequestRow::of).ifPresent(row -> tasks.ui().execute(() -> {
            list.show(row);
            loaded.set(true);
        }));
    }
}
