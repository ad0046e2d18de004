package io.xraydesk.ui.requestpage;

import io.xraydesk.core.analystnotes.ConflictMessage;
import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.decision.DecisionForm;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.EditConflictException;
import io.xraydesk.store.StoredDecision;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The decision form of a request: what the analyst types, checked by the decision rules
 * ({@link DecisionForm}, every problem said at once), saved over the version of the decision the
 * analyst started from. When someone else decided meanwhile nothing is saved, the conflict is said
 * in words and the form keeps what was typed (docs/workflow.md, "Two analysts at once").
 */
final class DecisionModel {

    private final CreditFileModel file;
    // What the analyst types, bound to the form's controls; null or blank when not given.
    final ObjectProperty<DecisionOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    final ObservableList<String> conditions = FXCollections.observableArrayList();
    final StringProperty justification = new SimpleStringProperty(this, "justification", "");
    /** The problems of what was typed, one a line, or what became of the save. Set by this model only. */
    final StringProperty message = new SimpleStringProperty(this, "message", "");
    /**
     * True while {@link #message} says why nothing was saved: what was typed breaks the rules, the
     * save failed, or someone else decided meanwhile. Set by this model only.
     */
    final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");
    /** True while a save runs. Set by this model only. */
    final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** The version of the decision the form started from (0: none); a save is made over it. */
    private long seenVersion;
    /** The version shown in the form or told in a conflict; -1 before the first read. */
    private long knownVersion = -1;
    private boolean edited;

    DecisionModel(CreditFileModel file) {
        this.file = file;
        outcome.addListener(o -> edited = true);
        amount.addListener(o -> edited = true);
        currency.addListener(o -> edited = true);
        duration.addListener(o -> edited = true);
        conditions.addListener((InvalidationListener) o -> edited = true);
        justification.addListener(o -> edited = true);
        file.contentsProperty().addListener((o, was, read) -> loaded(read));
    }

    /** Adds a condition; a blank one is refused by the rules when saving, so it is not added. */
    boolean addCondition(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        conditions.add(text.strip());
        return true;
    }

    /** Checks the form and, when the rules accept it, saves it off the UI thread. */
    void save() {
        DecisionForm form = new DecisionForm(Messages.locale())
                .outcome(outcome.get() == null ? null : outcome.get().wire())
                .limit(amount.get(), currency.get())
                .durationMonths(duration.get())
                .justification(justification.get());
        conditions.forEach(form::condition);
        DecisionForm.Result result = form.build();
        refused.set(!result.isOk());
        if (!result.isOk()) {
            message.set(result.problems().stream().map(DecisionForm.Problem::message)
                    .collect(Collectors.joining("\n")));
            return;
        }
        DecisionTerms terms = result.terms().orElseThrow();
        long over = seenVersion;
        busy.set(true);
        message.set(Messages.get("decision.saving"));
        file.tasks().task("decide on " + file.requestId(), progress -> file.creditFile().decide(file.requestId(), over,
                terms)).onSuccess(saved -> {
                    busy.set(false);
                    seenVersion = saved.version();
                    knownVersion = saved.version();
                    edited = false;
                    message.set(Messages.get("decision.saved", saved.version()));
                    file.reload();
                }).onFailure(this::failed).start();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        refused.set(true);
        if (failure instanceof EditConflictException clash) {
            message.set(ConflictMessage.of(clash, ZoneId.systemDefault()));
            // Told, and shown in the history once read again: saving again is deciding over it.
            seenVersion = clash.currentVersion();
            knownVersion = clash.currentVersion();
            file.reload();
        } else {
            message.set(Messages.get("decision.save.failed", FailureWords.of(failure)));
        }
    }

    /** A fresh read: the form shows the decision in force, unless the analyst is typing another. */
    private void loaded(CreditFile.Contents read) {
        if (read == null || edited || read.decisionVersion() == knownVersion) {
            return;
        }
        List<StoredDecision> history = read.decisions();
        if (!history.isEmpty()) {
            show(history.get(history.size() - 1).terms());
        }
        seenVersion = read.decisionVersion();
        knownVersion = seenVersion;
        edited = false;
    }

    private void show(DecisionTerms terms) {
        outcome.set(terms.outcome());
        amount.set(terms.limitAmount().map(DecisionModel::typed).orElse(""));
        currency.set(terms.currency().orElse(""));
        duration.set(terms.durationMonths().map(String::valueOf).orElse(""));
        conditions.setAll(terms.conditions());
        justification.set(terms.justification().orElse(""));
    }

    /** An amount as the analyst would type it in their language, which the rules read back the same. */
    private static String typed(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        return format.format(amount);
    }
}
