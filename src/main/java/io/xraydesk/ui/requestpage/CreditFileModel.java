package io.xraydesk.ui.requestpage;

import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The request's notes, decisions and audit trail as last read from the store, for the parts of the
 * page that show them; read again after each change the analyst makes. Properties change on the UI
 * thread only.
 */
final class CreditFileModel {

    private final String requestId;
    private final BackgroundTasks tasks;
    private final CreditFile creditFile;
    /** Null until first read. */
    private final ReadOnlyObjectWrapper<CreditFile.Contents> contents = new ReadOnlyObjectWrapper<>(this, "contents");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private TaskHandle reading;

    CreditFileModel(String requestId, BackgroundTasks tasks, CreditFile creditFile) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.creditFile = Objects.requireNonNull(creditFile, "creditFile");
    }

    String requestId() {
        return requestId;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    CreditFile creditFile() {
        return creditFile;
    }

    ReadOnlyObjectProperty<CreditFile.Contents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    /** Why the records could not be read, in words; empty when they were. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the records again; a read still running is replaced. */
    void reload() {
        stop();
        reading = tasks.task("read the credit file of " + requestId, progress -> creditFile.read(requestId))
                .onSuccess(read -> {
                    problem.set("");
                    contents.set(read);
                })
                .onFailure(failure -> problem.set(Messages.get("creditfile.read.failed", FailureWords.of(failure))))
                .start();
    }

    void stop() {
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
    }
}
