package io.xraydesk.ui.dashboard;

import io.xraydesk.store.ImportBatch;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Rows of the companies one portfolio import brought in (created or reused): docs/portfolio.md. */
public final class BatchFilter implements RowFilter {

    /** Null for every request, imported or not. */
    private final ObjectProperty<ImportBatch> batch = new SimpleObjectProperty<>(this, "batch");
    /** The batches of this workstation, newest first, for the choice. */
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();

    public ObjectProperty<ImportBatch> batchProperty() {
        return batch;
    }

    public ObservableList<ImportBatch> batches() {
        return batches;
    }

    @Override
    public boolean accepts(RequestRow row) {
        return batch.get() == null || Objects.equals(batch.get().id(), row.line().batchId());
    }

    @Override
    public ObservableValue<?>[] dependencies() {
        return new ObservableValue<?>[] {batch};
    }

    @Override
    public void clear() {
        batch.set(null);
    }
}
