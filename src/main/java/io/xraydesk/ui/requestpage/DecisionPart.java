package io.xraydesk.ui.requestpage;

import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.decision.DecisionWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.StoredDecision;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
final class DecisionPart extends VBox {

    private final DecisionModel model;
    private final ToggleGroup outcomes = new ToggleGroup();
    private final VBox history = new VBox(6);

    DecisionPart(DecisionModel model) {
        super(10);
        this.model = model;
        build();
    }

    private void build() {
        setId("decision-part");
        setPadding(new Insets(8));
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
                model.outcome.set(now == null ? null : (DecisionOutcome) now.getUserData()));
        model.outcome.addListener((o, was, now) -> selectOutcome(now));

        TextField amount = field("decision-amount", model.amount, 12);
        TextField currency = field("decision-currency", model.currency, 4);
        currency.setPromptText(Messages.get("decision.currency.prompt"));
        HBox limit = new HBox(6, amount, currency);
        limit.setAlignment(Pos.CENTER_LEFT);
        TextField duration = field("decision-duration", model.duration, 5);

        TextArea justification = new TextArea();
        justification.setId("decision-justification");
        justification.setWrapText(true);
        justification.setPrefRowCount(3);
        justification.textProperty().bindBidirectional(model.justification);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        row(form, "decision.outcome", outcomeChoice);
        row(form, "decision.limit", limit);
        row(form, "decision.duration", duration);
        row(form, "decision.conditions", conditions());
        row(form, "decision.justification", justification);

        Button save = new Button(Messages.get("decision.save"));
        save.setId("decision-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busy);
        save.setOnAction(event -> model.save());
        Label message = new Label();
        message.setId("decision-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        model.refused.addListener((o, was, refused) -> {
            message.getStyleClass().remove("warning");
            if (refused) {
                message.getStyleClass().add("warning");
            }
        });
        Label historyTitle = new Label(Messages.get("decision.history"));
        historyTitle.getStyleClass().add("text-bold");
        history.setId("decision-history");
        getChildren().addAll(title, form, save, message, historyTitle, history);
    }

    /** The conditions in order, with a field to add one and a button to remove the selected one. */
    private Node conditions() {
        ListView<String> list = new ListView<>(model.conditions);
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
        remove.setOnAction(event -> model.conditions.remove(list.getSelectionModel().getSelectedIndex()));
        return new VBox(6, list, new HBox(6, next, add, remove));
    }

    private void selectOutcome(DecisionOutcome outcome) {
        Toggle wanted = outcomes.getToggles().stream().filter(t -> t.getUserData() == outcome).findFirst().orElse(null);
        if (outcomes.getSelectedToggle() != wanted) {
            outcomes.selectToggle(wanted);
        }
    }

    /** Shows the decisions of a fresh read, newest first. */
    void showHistory(CreditFile.Contents read) {
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

    /** A row of the form: its label, kept whole, then its field, which takes the width left. */
    private static void row(GridPane form, String labelKey, Node field) {
        Label label = new Label(Messages.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        form.addRow(form.getRowCount(), label, field);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
