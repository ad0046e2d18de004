package io.xraydesk.ui.newrequest;

import io.xraydesk.api.NetworkException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.core.i18n.DateStyle;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.lookup.CompanyLookup;
import io.xraydesk.core.requests.CreationResult;
import io.xraydesk.core.requests.KnownRequests.KnownRequest;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.requests.RequestDraft;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.shell.Routes;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the new-request form does, without controls: looks the company up and checks the local
 * history as the code becomes valid, submits through the one task executor exactly once per press,
 * and turns every outcome into something the analyst can act on without retyping. The form's state
 * is the {@link NewRequestModel}. Properties change on the UI thread only.
 */
final class NewRequestViewModel {

    /** Typing pauses shorter than this do not start a lookup: one call per code, not per digit. */
    static final Duration LOOKUP_DELAY = Duration.ofMillis(300);

    private final NewRequestModel model;
    private final BackgroundTasks tasks;
    private final Routes routes;
    /** Shows a warning notification (title, text) about a request that was created. */
    private final BiConsumer<String, String> warn;
    /** Puts the keyboard in the field the analyst must change. */
    private final Consumer<FormField> focus;
    private final Locale locale;
    private final Duration lookupDelay;

    /** The signed-in session's work (its requests and the creator); null while signed out. */
    private SessionWork work;
    private Optional<CompanyLookup> lookup = Optional.empty();
    private TaskHandle lookupTask;
    private TaskHandle duplicateTask;
    private TaskHandle creating;
    /** The form's request exists: it stays locked until the form is cleared for a new one. */
    private boolean created;

    NewRequestViewModel(NewRequestModel model, BackgroundTasks tasks, Routes routes, BiConsumer<String, String> warn,
            Consumer<FormField> focus, Locale locale, Duration lookupDelay) {
        this.model = Objects.requireNonNull(model, "model");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.warn = Objects.requireNonNull(warn, "warn");
        this.focus = Objects.requireNonNull(focus, "focus");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.lookupDelay = Objects.requireNonNull(lookupDelay, "lookupDelay");
        model.validCodeProperty().addListener((o, was, now) -> codeChanged());
    }

    NewRequestModel form() {
        return model;
    }

    /** Sending is impossible: a submission runs, or its outcome is unknown until the analyst decides. */
    ObservableBooleanValue submitBlocked() {
        return model.submittingProperty().or(model.outcomeUnknownProperty());
    }

    /** "An earlier request for this company exists: …", about the newest one; "" when there is none. */
    StringBinding duplicateText() {
        return Bindings.createStringBinding(() -> describe(model.duplicates()), model.duplicates());
    }

    /** Empties the form: the analyst asked for a new request. */
    void clear() {
        created = false;
        model.clear();
    }

    /**
     * The form is shown for the session {@code signedIn} works for; the lookup runs only if its
     * environment allows it. What the analyst typed stays: after a refused token and signing in
     * again, the form comes back as it was, and a submission the refusal ended can be sent again.
     */
    void start(SessionWork signedIn) {
        this.work = signedIn;
        this.lookup = signedIn == null ? Optional.empty() : CompanyLookup.forSession(signedIn.session());
        if (created) {
            // Its request exists and was opened: come back to (Back), the form is a new one, not one
            // locked on "Creating the request…" for good.
            clear();
        }
        if (creating == null || !creating.isRunning()) {
            model.submittingProperty().set(false);
        }
    }

    /** Stops the lookups in flight; a submission in flight still completes and is recorded. */
    void stop() {
        cancel(lookupTask);
        cancel(duplicateTask);
    }

    /** Back to where the analyst came from, unless a submission runs: its outcome must be seen here. */
    void leave() {
        if (!model.submittingProperty().get()) {
            stop();
            routes.back();
        }
    }

    /** After an unknown outcome: the analyst chose to send again, knowing the request may exist. */
    void retryAnyway() {
        model.outcomeUnknownProperty().set(false);
        submit();
    }

    void checkDashboard() {
        routes.dashboard();
    }

    void openNewestDuplicate() {
        if (!model.duplicates().isEmpty()) {
            stop();
            routes.openRequest(model.duplicates().get(0).id());
        }
    }

    /** One submission at a time: the flag is set before anything else, on the UI thread. */
    void submit() {
        if (model.submittingProperty().get() || model.outcomeUnknownProperty().get()) {
            return;
        }
        Optional<RequestDraft> draft = model.draft();
        if (draft.isEmpty()) {
            model.firstProblemField().ifPresent(focus);
            return;
        }
        if (work == null) {
            routes.signIn(null);
            return;
        }
        RequestCreator creator = work.requestCreator();
        model.submittingProperty().set(true);
        model.formMessageProperty().set("");
        creating = tasks.task("create request", progress -> creator.create(draft.get()))
                .onSuccess(this::created)
                .onFailure(this::refused)
                .start();
    }

    private void codeChanged() {
        cancel(lookupTask);
        cancel(duplicateTask);
        model.lookupProperty().set(null);
        model.lookupStatusProperty().set("");
        model.duplicates().clear();
        model.validCode().ifPresent(this::checkHistory);
        startLookup();
    }

    private void checkHistory(CompanyCode code) {
        if (work == null) {
            return;
        }
        KnownRequests known = work.knownRequests();
        duplicateTask = tasks.task("known requests", progress -> known.forCode(code))
                .onSuccess(model.duplicates()::setAll)
                .onFailure(failure -> model.duplicates().clear())
                .start();
    }

    /**
     * Waits out the typing pause on the worker, then asks the registry: the next change of the code
     * cancels this task, interrupting the wait, so a code typed digit by digit costs one call. The
     * status says "looking up" once the registry is asked (reported as the task's progress).
     */
    private void startLookup() {
        Optional<String> siren = model.sirenToLookUp();
        if (lookup.isEmpty() || siren.isEmpty()) {
            return;
        }
        CompanyLookup search = lookup.get();
        lookupTask = tasks.task("company lookup", progress -> {
                    Thread.sleep(lookupDelay.toMillis());
                    progress.update(0, 0);
                    return search.find(siren.get());
                })
                .onProgress(asking -> model.lookupStatusProperty().set(Messages.get("request.new.lookup.searching")))
                .onSuccess(found -> {
                    model.lookupProperty().set(found.orElse(null));
                    model.lookupStatusProperty().set(found.isPresent() ? "" : Messages.get("request.new.lookup.notFound"));
                })
                .onFailure(failure -> model.lookupStatusProperty().set(Messages.get("request.new.lookup.failed",
                        FailureWords.of(failure))))
                .start();
    }

    private String describe(List<KnownRequest> known) {
        if (known.isEmpty()) {
            return "";
        }
        KnownRequest newest = known.get(0);
        String when = newest.createdAt() == null ? "?" : DateStyle.date(locale)
                .withZone(ZoneId.systemDefault()).format(newest.createdAt());
        String name = PrintableText.of(newest.businessName() == null ? newest.id() : newest.businessName());
        return Messages.get("request.new.duplicate", name, when);
    }

    private void created(CreationResult result) {
        if (result instanceof CreationResult.OutcomeUnknown) {
            model.submittingProperty().set(false);
            model.outcomeUnknownProperty().set(true);
            return;
        }
        // The form stays locked (still "submitting") once its request exists: a late Enter cannot
        // create it twice while the window moves to the new request; the next activation empties it.
        CreationResult.Created done = (CreationResult.Created) result;
        created = true;
        done.notesProblem().ifPresent(problem -> warn.accept(Messages.get("request.new.notesNotSaved.title"),
                Messages.get("request.new.notesNotSaved", problem)));
        stop();
        routes.openRequest(done.request().id());
    }

    /** Nothing was created: the form keeps every value and says what to change or that it can be resent. */
    private void refused(Throwable failure) {
        model.submittingProperty().set(false);
        if (failure instanceof ValidationException invalid) {
            Optional<FormField> field = invalid.field().flatMap(FormField::forServerField);
            model.showServerRefusal(field, field.isPresent() ? invalid.serverMessage()
                    : Messages.get("request.new.failed.refused", invalid.serverMessage()));
            field.ifPresent(focus);
        } else if (failure instanceof NetworkException network) {
            model.formMessageProperty().set(Messages.get("request.new.failed.network", network.getMessage()));
        } else if (failure instanceof OctoberException refusal) {
            model.formMessageProperty().set(Messages.get("request.new.failed.refused", refusal.getMessage()));
        } else {
            model.formMessageProperty().set(Messages.get("request.new.failed.unexpected",
                    FailureWords.of(failure)));
        }
    }

    private static void cancel(TaskHandle task) {
        if (task != null) {
            task.cancel();
        }
    }
}
