package io.xraydesk.ui.upload;

import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.Guess;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One line of the panel. A <em>draft</em> is a file checked and described but not queued yet: its
 * category, period and date are the analyst's to edit. Once queued it only mirrors the queue's {@link
 * UploadStatus}. FX thread only.
 */
final class UploadRow {

    /** Where the row is, as far as the panel is concerned. */
    enum Kind { CHECKING, DRAFT, REFUSED, QUEUED }

    private final Path path;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.CHECKING);
    private final ObjectProperty<DocumentCategory> category = new SimpleObjectProperty<>(DocumentCategory.OTHER);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<UploadStatus> status = new SimpleObjectProperty<>();
    private long size;
    private String type = "";
    private String sha256;
    private List<String> refusals = List.of();
    private List<String> warnings = List.of();

    private UploadRow(Path path) {
        this.path = path;
        // A period the new category does not accept is dropped rather than left invalid.
        category.addListener((obs, old, now) -> {
            if (period.get() != null && (now == null || !now.accepts(period.get()))) {
                period.set(null);
            }
        });
    }

    /** A file just added, pre-filled from what its name says where that is unambiguous. */
    static UploadRow draft(Path path, Guess guess) {
        UploadRow row = new UploadRow(path);
        if (guess.category() != null) {
            row.category.set(guess.category());
        }
        if (guess.period() != null && row.category.get().accepts(guess.period())) {
            row.period.set(guess.period());
        }
        row.date.set(guess.date());
        return row;
    }

    /** A file the queue already holds (added earlier, possibly before a restart). */
    static UploadRow queued(UploadStatus status) {
        UploadItem item = status.item();
        UploadRow row = new UploadRow(Path.of(item.filePath()));
        DocumentCategory.fromWire(item.category()).ifPresent(row.category::set);
        row.period.set(item.period() == null ? null : Period.fromWire(item.period()).orElse(null));
        row.date.set(item.date() == null ? null : LocalDate.parse(item.date()));
        row.size = item.sizeBytes();
        row.type = FileTypes.label(item.contentType());
        row.sha256 = item.sha256();
        row.status.set(status);
        row.kind.set(Kind.QUEUED);
        return row;
    }

    void checked(long size, String type, String sha256, List<String> refusals, List<String> warnings) {
        this.size = size;
        this.type = type;
        this.sha256 = sha256;
        this.refusals = List.copyOf(refusals);
        this.warnings = List.copyOf(warnings);
        kind.set(refusals.isEmpty() ? Kind.DRAFT : Kind.REFUSED);
    }

    void refused(List<String> reasons) {
        this.refusals = List.copyOf(reasons);
        kind.set(Kind.REFUSED);
    }

    void queuedAs(UploadStatus queued) {
        status.set(queued);
        kind.set(Kind.QUEUED);
    }

    void update(UploadStatus latest) {
        status.set(latest);
    }

    DocumentDescription description() {
        return new DocumentDescription(category.get(), period.get(), date.get());
    }

    boolean isEditable() {
        return kind.get() == Kind.DRAFT || kind.get() == Kind.CHECKING;
    }

    /** Queued and not finished: what "Cancel" can still withdraw. */
    boolean isOnItsWay() {
        UploadState state = state();
        return kind.get() == Kind.QUEUED && state != null && !state.isFinal() && state != UploadState.FAILED;
    }

    Path path() {
        return path;
    }

    /** The file's name as shown: a name may hold line breaks or a bidi override, shown escaped. */
    String name() {
        return PrintableText.of(String.valueOf(path.getFileName()));
    }

    long size() {
        return size;
    }

    String type() {
        return type;
    }

    String sha256() {
        return sha256;
    }

    List<String> refusals() {
        return refusals;
    }

    List<String> warnings() {
        return warnings;
    }

    UUID id() {
        return status.get() == null ? null : status.get().id();
    }

    UploadState state() {
        return status.get() == null ? null : status.get().state();
    }

    ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    ObjectProperty<DocumentCategory> categoryProperty() {
        return category;
    }

    ObjectProperty<Period> periodProperty() {
        return period;
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    ObjectProperty<UploadStatus> statusProperty() {
        return status;
    }
}
