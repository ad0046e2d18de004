package io.xraydesk.ui.newrequest;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.lookup.CompanyFacts;
import io.xraydesk.ui.widgets.DataText;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the public company search said about the typed SIREN: registered name (with "Use this
 * name"), head office and activity, a closed company flagged in the warning colour; or the search's
 * status (in progress, nothing found, unavailable).
 */
final class LookupPanel {

    private final VBox box = new VBox(4);
    private final Label status = new Label();
    private final Label name = new Label();
    private final Label closed = new Label(Messages.get("request.new.lookup.closed"));
    private final Label address = new Label();
    private final Label activity = new Label();
    private final Hyperlink useName = new Hyperlink(Messages.get("request.new.lookup.useName"));
    private final VBox facts;

    LookupPanel(NewRequestModel model) {
        box.setId("lookup");
        status.setId("lookup-status");
        name.setId("lookup-name");
        useName.setId("lookup-use-name");
        status.getStyleClass().add("field-note");
        status.textProperty().bind(model.lookupStatusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        name.getStyleClass().add("lookup-name");
        // What the registry says: as it came.
        DataText.of(name);
        DataText.of(address);
        DataText.of(activity);
        closed.getStyleClass().addAll("chip", "chip-warning");
        address.getStyleClass().add("field-note");
        activity.getStyleClass().add("field-note");
        useName.setOnAction(event -> model.useLookedUpName());
        facts = new VBox(2, new HBox(8, name, closed, useName), address, activity);
        facts.getStyleClass().addAll("banner", "banner-info");
        box.getChildren().addAll(status, facts);
        model.lookupProperty().addListener((o, was, now) -> show(now));
        show(model.lookupProperty().get());
    }

    VBox node() {
        return box;
    }

    private void show(CompanyFacts company) {
        boolean known = company != null;
        facts.setVisible(known);
        facts.setManaged(known);
        if (!known) {
            return;
        }
        name.setText(company.name());
        closed.setVisible(company.closed());
        closed.setManaged(company.closed());
        facts.getStyleClass().removeAll("banner-info", "banner-warning", "lookup-closed");
        facts.getStyleClass().addAll(company.closed() ? List.of("banner-warning", "lookup-closed")
                : List.of("banner-info"));
        address.setText(company.address());
        activity.setText(company.activity().isEmpty() ? "" : Messages.get("request.new.lookup.activity",
                company.activity()));
    }
}
