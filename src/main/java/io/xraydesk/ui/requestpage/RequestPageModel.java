package io.xraydesk.ui.requestpage;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestDetails;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.requests.UnreadableReports;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of one request's page: its details (header, reports) and its summary (the five X-Rays'
 * states, as every other place says them, and its documents), read through the {@link RequestReader}
 * by the one task executor. While active,
 * the watcher polls this request fast and its events refresh the state. Properties change on the UI
 * thread only.
 */
public final class RequestPageModel {

    private final String requestId;
    private final BackgroundTasks tasks;
    private final RequestReader reader;
    private final RequestWatcher watcher;
    /** Shows a failure that is not a refused token (the executor's filter takes those). */
    private final BiConsumer<String, Throwable> onError;
    private final WatchListener refresher = new Refresher();
    private final List<TaskHandle> running = new ArrayList<>();
    private final ReadOnlyObjectWrapper<RequestDetails> details;
    /** Null until first read. */
    private final ReadOnlyObjectWrapper<RequestSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyBooleanWrapper summaryFailed = new ReadOnlyBooleanWrapper(this, "summaryFailed");
    /** Shown: watcher events reload it. UI thread only. */
    private boolean active;
    private final ReadOnlyStringWrapper unreadableReports = new ReadOnlyStringWrapper(this, "unreadableReports", "");

    public RequestPageModel(String requestId, BackgroundTasks tasks, RequestReader reader, RequestWatcher watcher,
            BiConsumer<String, Throwable> onError) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.onError = Objects.requireNonNull(onError, "onError");
        this.details = new ReadOnlyObjectWrapper<>(this, "details",
                new RequestDetails(requestId, Optional.empty(), Optional.empty(), List.of()));
    }

    public String requestId() {
        return requestId;
    }

    public ReadOnlyObjectProperty<RequestDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /**
     * The summary of the request, with its documents (those sent from here with their medium's status
     * read from the API now, their state following the request's); null until first read.
     */
    public ReadOnlyObjectProperty<RequestSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the summary could not be read (the saved state is unreadable, or the token refused). */
    public ReadOnlyBooleanProperty summaryFailedProperty() {
        return summaryFailed.getReadOnlyProperty();
    }

    /**
     * What the page says of the reports the API sent that could not be read ({@link UnreadableReports});
     * empty when there are none.
     */
    public ReadOnlyStringProperty unreadableReportsProperty() {
        return unreadableReports.getReadOnlyProperty();
    }

    /** The page is shown: listen to the watcher, poll fast for a while, and read everything now. */
    public void activate() {
        active = true;
        watcher.addListener(refresher);
        watcher.nudge(requestId);
        reload();
    }

    /** The page left the window: stop listening and drop reads in flight. */
    public void deactivate() {
        active = false;
        watcher.removeListener(refresher);
        running.forEach(TaskHandle::cancel);
        running.clear();
    }

    private void reload() {
        track(tasks.task("read request " + requestId, progress -> {
                    RequestDetails read = reader.details(requestId);
                    // What the page shows now is what the analyst has seen: the portfolio view's
                    // "changed since you last looked" counts from here.
                    reader.portfolio().markLooked(requestId, Instant.now());
                    return read;
                })
                .onSuccess(details::set)
                .onFailure(failure -> onError.accept(Messages.get("requestpage.load.failed"), failure))
                .start());
        track(tasks.task("summarise request " + requestId,
                        progress -> reader.summary(requestId, LocalDate.now()).orElse(null))
                .onSuccess(read -> {
                    // Not cached yet: the watcher's first fetch of it brings a reload.
                    if (read != null) {
                        summaryFailed.set(false);
                        summary.set(read);
                    }
                })
                .onFailure(failure -> summaryFailed.set(true))
                .start());
        checkUnreadableReports();
    }

    /**
     * Asks the API which reports it sent that cannot be read. A failed ask changes nothing: the status
     * bar already says the API is out of reach, and the last answer stays the best knowledge.
     */
    private void checkUnreadableReports() {
        track(tasks.task("check reports of " + requestId, progress -> reader.unreadableReports(requestId))
                .onSuccess(items -> unreadableReports.set(UnreadableReports.notice(items)))
                .start());
    }

    /**
     * A watcher event, handed to the UI thread: reloads while the page is shown and the session's
     * executor still runs (an event may arrive as the session closes, signing out or quitting).
     */
    private void reloadOnEvent() {
        tasks.ui().execute(() -> {
            if (active && !tasks.isClosed()) {
                reload();
            }
        });
    }

    private void track(TaskHandle handle) {
        running.removeIf(h -> !h.isRunning());
        running.add(handle);
    }

    /** Refreshes the state when the watcher hears of this request (events arrive on its thread). */
    private final class Refresher implements WatchListener {

        @Override
        public void requestChanged(AnalysisRequest request) {
            if (requestId.equals(request.id())) {
                // A new stage usually means a document went online: the summary re-reads the media too.
                reloadOnEvent();
            }
        }

        @Override
        public void newReport(AnalysisRequest request, Report report) {
            if (requestId.equals(report.request())) {
                reloadOnEvent();
            }
        }

        @Override
        public void requestUnavailable(String unavailable) {
            if (requestId.equals(unavailable)) {
                reloadOnEvent();
            }
        }
    }
}
