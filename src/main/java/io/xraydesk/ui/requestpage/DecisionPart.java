package io.xraydesk.ui.requestpage;

import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.decision.DecisionWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.StoredDecision;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The decision on a request: the form (outcome, limit and its currency, duration, conditions,
 * justification) bound to a {@link DecisionModel}, what became of the last save in words, and the
 * history of the decisions made, newest first.
 */
final class DecisionPart {

    private final DecisionModel model;
    private final ToggleGroup outcomes = new ToggleGroup();
    private final VBox history = new VBox(6);
    private final VBox root = new VBox(10);

    DecisionPart(DecisionModel model, CreditFileModel file) {
        this.model = model;
        build();
        file.contentsProperty().addListener((o, was, read) -> showHistory(read));
    }

    Node view() {
        return root;
    }

    private void build() {
        root.setId("decision-part");
        root.setPadding(new Insets(8));
        Label title = new Label(Messages.get("decision.title"));
        title.getStyleClass().add("title-4");

        HBox outcomeChoice = new HBox(12);
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            RadioButton choice = new RadioButton(DecisionWords.outcome(outcome));
            choice.setId("decision-" + outcome.wire());
            choice.setUserData(outcome);
            choice.setToggleGroup(outcomes);
            outcomeChoice.getChildren().add(choice);
        }
        outcomes.selectedToggleProperty().addListener((o, was, now) ->
                model.outcomeProperty().set(now == null ? null : (DecisionOutcome) now.getUserData()));
        model.outcomeProperty().addListener((o, was, now) -> selectOutcome(now));

        TextField amount = field("decision-amount", model.amountProperty(), 12);
        TextField currency = field("decision-currency", model.currencyProperty(), 4);
        currency.setPromptText("EUR");
        HBox limit = new HBox(6, amount, currency);
        limit.setAlignment(Pos.CENTER_LEFT);
        TextField duration = field("decision-duration", model.durationProperty(), 5);

        TextArea justification = new TextArea();
        justification.setId("decision-justification");
        justification.setWrapText(true);
        justification.setPrefRowCount(3);
        justification.textProperty().bindBidirectional(model.justificationProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, label("decision.outcome"), outcomeChoice);
        form.addRow(1, label("decision.limit"), limit);
        form.addRow(2, label("decision.duration"), duration);
        form.addRow(3, label("decision.conditions"), conditions());
        form.addRow(4, label("decision.justification"), justification);

        Button save = new Button(Messages.get("decision.save"));
        save.setId("decision-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Label message = new Label();
        message.setId("decision-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.refusedProperty().addListener((o, was, refused) -> {
            message.getStyleClass().remove("warning");
            if (refused) {
                message.getStyleClass().add("warning");
            }
        });
        Label historyTitle = new Label(Messages.get("decision.history"));
        historyTitle.getStyleClass().add("text-bold");
        history.setId("decision-history");
        root.getChildren().addAll(title, form, save, message, historyTitle, history);
    }

    /** The conditions in order, with a field to add one and a button to remove the selected one. */
    private Node conditions() {
        ListView<String> list = new ListView<>(model.conditions());
        list.setId("decision-conditions");
        list.setPrefHeight(88);
        TextField next = new TextField();
        next.setId("decision-condition-new");
        next.setPromptText(Messages.get("decision.condition.prompt"));
        HBox.setHgrow(next, Priority.ALWAYS);
        Button add = new Button(Messages.get("decision.condition.add"));
        add.setId("decision-condition-add");
        Runnable adding = () -> {
            if (model.addCondition(next.getText())) {
                next.clear();
            }
        };
        add.setOnAction(event -> adding.run());
        next.setOnAction(event -> adding.run());
        Button remove = new Button(Messages.get("decision.condition.remove"));
        remove.setId("decision-condition-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.conditions().remove(list.getSelectionModel().getSelectedIndex()));
        return new VBox(6, list, new HBox(6, next, add, remove));
    }

    private void selectOutcome(DecisionOutcome outcome) {
        Toggle wanted = outcomes.getToggles().stream().filter(t -> t.getUserData() == outcome).findFirst().orElse(null);
        if (outcomes.getSelectedToggle() != wanted) {
            outcomes.selectToggle(wanted);
        }
    }

    private void showHistory(CreditFile.Contents read) {
        if (read == null) {
            return;
        }
        history.getChildren().clear();
        List<StoredDecision> newestFirst = new ArrayList<>(read.decisions());
        Collections.reverse(newestFirst);
        if (newestFirst.isEmpty()) {
            history.getChildren().add(wrapped(Messages.get("decision.history.none")));
        }
        for (StoredDecision decision : newestFirst) {
            Label line = wrapped(Messages.get("decision.history.line", decision.version(),
                    RequestLabels.dateTime(decision.decidedAt()), decision.decidedBy().displayName(),
                    terms(decision.terms())));
            line.setId("decision-version-" + decision.version());
            history.getChildren().add(line);
        }
    }

    /** "Approve, limit 150,000 EUR, 24 months, 2 conditions" in the analyst's language. */
    private static String terms(DecisionTerms terms) {
        List<String> parts = new ArrayList<>();
        parts.add(DecisionWords.outcome(terms.outcome()));
        terms.limitAmount().ifPresent(amount -> parts.add(Messages.get("decision.history.limit",
                DecisionWords.limit(amount, terms.currency().orElseThrow()))));
        terms.durationMonths().ifPresent(months -> parts.add(Messages.get("decision.history.months", months)));
        if (!terms.conditions().isEmpty()) {
            parts.add(Messages.get("decision.history.conditions", String.join("; ", terms.conditions())));
        }
        return String.join(", ", parts);
    }

    private static TextField field(String id, StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
