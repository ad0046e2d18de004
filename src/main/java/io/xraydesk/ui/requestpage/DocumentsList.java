package io.xraydesk.ui.requestpage;

import io.xraydesk.api.model.Medium;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.DocumentLine;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The documents uploaded to a request: file, category, and the medium's status as a chip. */
final class DocumentsList extends GridPane {

    DocumentsList() {
        setId("request-media");
        setHgap(16);
        setVgap(4);
        show(List.of());
    }

    void show(List<DocumentLine> lines) {
        getChildren().clear();
        if (lines.isEmpty()) {
            Label none = new Label(Messages.get("requestpage.documents.none"));
            none.getStyleClass().add("text-muted");
            add(none, 0, 0);
            return;
        }
        int row = 0;
        for (DocumentLine line : lines) {
            add(new Label(line.item().fileName()), 0, row);
            add(new Label(categoryText(line.item().category())), 1, row);
            add(mediumChip(line), 2, row);
            row++;
        }
    }

    void showProblem() {
        getChildren().setAll(new Label(Messages.get("requestpage.documents.failed")));
    }

    private static Label mediumChip(DocumentLine line) {
        if (line.mediumStatus() == null) {
            String journal = line.item().state().name().toLowerCase(Locale.ROOT);
            return Badges.chip(RequestLabels.translated("requestpage.upload.state." + journal, journal),
                    Badges.Tone.NEUTRAL);
        }
        Badges.Tone tone = switch (line.mediumStatus()) {
            case Medium.STATUS_DRAFT -> Badges.Tone.WARNING;
            case Medium.STATUS_ONLINE, Medium.STATUS_PENDING_EXTRACTION -> Badges.Tone.INFO;
            default -> Badges.Tone.NEUTRAL;
        };
        return Badges.chip(RequestLabels.translated("requestpage.medium.status." + line.mediumStatus(),
                line.mediumStatus()), tone);
    }

    private static String categoryText(String category) {
        return category == null ? "" : RequestLabels.translated("documents.category." + category, category);
    }
}
