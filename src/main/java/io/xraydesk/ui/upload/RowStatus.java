package io.xraydesk.ui.upload;

import atlantafx.base.theme.Styles;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.upload.UploadText;
import io.xraydesk.store.UploadState;
import java.util.List;
import java.util.stream.Collectors;

/** What a row's status column says, and in which tone. */
record RowStatus(String text, Tone tone) {

    /** The tone's text colour is the theme's own label style: danger, warning or success. */
    enum Tone {
        NEUTRAL(null), REFUSED(Styles.DANGER), WARNING(Styles.WARNING), ONLINE(Styles.SUCCESS);

        final String styleClass;

        Tone(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    static RowStatus of(UploadRow row, DocumentDateRule rule) {
        return switch (row.kindProperty().get()) {
            case CHECKING -> new RowStatus(Messages.get("upload.panel.checking"), Tone.NEUTRAL);
            case REFUSED -> new RowStatus(String.join(" ", row.refusals()), Tone.REFUSED);
            case DRAFT -> draft(row, rule);
            case QUEUED -> queued(row.statusProperty().get());
        };
    }

    /** The description's problems; empty when the draft can be sent. */
    static List<Problem<DocumentProblem>> descriptionIssues(UploadRow row, DocumentDateRule rule) {
        return rule.check(row.categoryProperty().get(), row.periodProperty().get(), row.dateProperty().get());
    }

    private static RowStatus draft(UploadRow row, DocumentDateRule rule) {
        List<Problem<DocumentProblem>> issues = descriptionIssues(row, rule);
        if (!issues.isEmpty()) {
            return new RowStatus(issues.stream().map(Problem::message).collect(Collectors.joining(" ")),
                    Tone.REFUSED);
        }
        if (!row.warnings().isEmpty()) {
            return new RowStatus(String.join(" ", row.warnings()), Tone.WARNING);
        }
        return new RowStatus(Messages.get("upload.panel.ready"), Tone.NEUTRAL);
    }

    private static RowStatus queued(UploadStatus status) {
        if (status.state() == UploadState.REFUSED) {
            // A duplicate found by the fingerprint of the bytes sent, after the row was queued.
            return new RowStatus(status.refusal().orElse(UploadText.state(status.state())), Tone.REFUSED);
        }
        if (status.state() == UploadState.FAILED) {
            return new RowStatus(status.failure().map(f -> f.message()).orElse(UploadText.state(status.state())),
                    Tone.REFUSED);
        }
        if (status.state() == UploadState.ONLINE) {
            return new RowStatus(UploadText.state(status.state()), Tone.ONLINE);
        }
        if (status.state() == UploadState.MEDIUM_CREATED && status.bytesSent() > 0) {
            return new RowStatus(Messages.get("upload.panel.progress", UploadText.size(status.bytesDone()),
                    UploadText.size(status.item().sizeBytes()), status.percent(),
                    UploadText.size((long) status.bytesPerSecond())), Tone.NEUTRAL);
        }
        return new RowStatus(UploadText.state(status.state()), Tone.NEUTRAL);
    }
}
