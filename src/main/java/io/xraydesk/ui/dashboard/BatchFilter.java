package io.xraydesk.ui.dashboard;

import io.xraydesk.store.ImportBatch;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Rows of the companies one portfolio import brought in (created or reused): docs/portfolio.md.
 *
 * @param batch   the import chosen, null for every request, imported or not
 * @param batches the imports of this workstation, newest first, to choose from
 */
public record BatchFilter(ObjectProperty<ImportBatch> batch, ObservableList<ImportBatch> batches)
        implements RowFilter {

    /** Every request, no import known yet. */
    public BatchFilter() {
        this(new SimpleObjectProperty<>(), FXCollections.observableArrayList());
    }

    @Override
    public boolean accepts(RequestRow row) {
        return batch.get() == null || Objects.equals(batch.get().id(), row.line().batchId());
    }

    @Override
    public void clear() {
        batch.set(null);
    }

    @Override
    public ObservableValue<?>[] dependencies() {
        return new ObservableValue<?>[] {batch};
    }
}
