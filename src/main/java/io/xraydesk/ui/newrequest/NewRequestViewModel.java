package io.xraydesk.ui.newrequest;

import io.xraydesk.api.NetworkException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.lookup.CompanyLookup;
import io.xraydesk.core.lookup.CompanyLookupException;
import io.xraydesk.core.requests.CreationResult;
import io.xraydesk.core.requests.KnownRequests.KnownRequest;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.requests.RequestDraft;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.widgets.Toasts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The form's behaviour: looks the company up and checks the local history as the code becomes
 * valid, submits off the FX thread exactly once per press, and turns every outcome into something
 * the analyst can act on without retyping.
 */
final class NewRequestController {

    /** Typing pauses shorter than this do not start a lookup: one call per code, not per digit. */
    private static final Duration LOOKUP_DELAY = Duration.millis(300);

    private final NewRequestModel model;
    private final NewRequestView view;
    private final BackgroundTasks tasks;
    private final Routes routes;
    private final Toasts toasts;
    private final Locale locale;
    private final PauseTransition lookupDelay = new PauseTransition(LOOKUP_DELAY);

    /** The signed-in session's work (its requests and the creator); null while signed out. */
    private SessionWork work;
    private Optional<CompanyLookup> lookup = Optional.empty();
    private TaskHandle lookupTask;
    private TaskHandle duplicateTask;
    private TaskHandle creating;
    /** The form's request exists: it stays locked until the form is cleared for a new one. */
    private boolean created;

    NewRequestController(NewRequestModel model, NewRequestView view, BackgroundTasks tasks,
            Routes routes, Toasts toasts, Locale locale) {
        this.model = model;
        this.view = view;
        this.tasks = tasks;
        this.routes = routes;
        this.toasts = toasts;
        this.locale = locale;
        wire();
    }

    /** Empties the form: the analyst asked for a new request. */
    void clear() {
        created = false;
        model.clear();
    }

    /**
     * The form is shown for the session {@code signedIn} works for; the lookup runs only if its
     * environment allows it.
     * What the analyst typed stays: after a refused token and signing in again, the form comes back
     * as it was, and a submission the refusal ended can be sent again.
     */
    void start(SessionWork signedIn) {
        this.work = signedIn;
        this.lookup = signedIn == null ? Optional.empty() : CompanyLookup.forSession(signedIn.session());
        if (!created && (creating == null || !creating.isRunning())) {
            model.submittingProperty().set(false);
        }
        // At once while the form is already in the window: otherwise the scene hands the focus of
        // the button that opened the form, now gone, to its first control (the code type) first.
        view.code.requestFocus();
        tasks.ui().execute(view.code::requestFocus);
    }

    /** Stops the lookups in flight; a submission in flight still completes and is recorded. */
    void stop() {
        lookupDelay.stop();
        cancel(lookupTask);
        cancel(duplicateTask);
    }

    private void wire() {
        model.validCodeProperty().addListener((o, was, now) -> codeChanged());
        model.codeTypeProperty().addListener((o, was, now) -> regroupCode());
        lookupDelay.setOnFinished(event -> startLookup());
        model.duplicates().addListener((ListChangeListener<KnownRequest>) change -> showDuplicate());

        view.submit.disableProperty().bind(model.submittingProperty().or(model.outcomeUnknownProperty()));
        view.cancel.disableProperty().bind(model.submittingProperty());
        view.submit.setOnAction(event -> submit());
        view.cancel.setOnAction(event -> leave());
        view.retryAnyway.setOnAction(event -> {
            model.outcomeUnknownProperty().set(false);
            submit();
        });
        view.checkDashboard.setOnAction(event -> routes.dashboard());
        view.openDuplicate.setOnAction(event -> openNewestDuplicate());
        // A filter, not the cancel-button mechanism: a text field with a formatter consumes Escape.
        view.root().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !popupOpen(event)) {
                event.consume();
                leave();
            }
        });
    }

    /** Escape in an open drop-down closes the drop-down, not the form. */
    private static boolean popupOpen(KeyEvent event) {
        return event.getTarget() instanceof ComboBoxBase<?> box && box.isShowing();
    }

    private void leave() {
        if (!model.submittingProperty().get()) {
            stop();
            routes.dashboard();
        }
    }

    private void codeChanged() {
        lookupDelay.stop();
        cancel(lookupTask);
        cancel(duplicateTask);
        model.lookupProperty().set(null);
        model.lookupStatusProperty().set("");
        model.duplicates().clear();
        model.validCode().ifPresent(this::checkHistory);
        if (lookup.isPresent() && model.sirenToLookUp().isPresent()) {
            lookupDelay.playFromStart();
        }
    }

    private void regroupCode() {
        String typed = view.code.getText();
        view.code.clear();
        view.code.setText(typed);
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

    private void startLookup() {
        Optional<String> siren = model.sirenToLookUp();
        if (lookup.isEmpty() || siren.isEmpty()) {
            return;
        }
        CompanyLookup search = lookup.get();
        model.lookupStatusProperty().set(Messages.get("request.new.lookup.searching"));
        lookupTask = tasks.task("company lookup", progress -> search.find(siren.get()))
                .onSuccess(found -> {
                    model.lookupProperty().set(found.orElse(null));
                    model.lookupStatusProperty().set(found.isPresent() ? "" : Messages.get("request.new.lookup.notFound"));
                })
                .onFailure(failure -> model.lookupStatusProperty().set(Messages.get("request.new.lookup.failed",
                        failure instanceof CompanyLookupException ? failure.getMessage()
                                : failure.getClass().getSimpleName())))
                .start();
    }

    private void showDuplicate() {
        List<KnownRequest> known = model.duplicates();
        if (known.isEmpty()) {
            view.duplicateText.setText("");
            return;
        }
        KnownRequest newest = known.get(0);
        String when = newest.createdAt() == null ? "?" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(newest.createdAt());
        String name = PrintableText.of(newest.businessName() == null ? newest.id() : newest.businessName());
        view.duplicateText.setText(Messages.get("request.new.duplicate", name, when));
    }

    private void openNewestDuplicate() {
        if (!model.duplicates().isEmpty()) {
            stop();
            routes.openRequest(model.duplicates().get(0).id());
        }
    }

    /** One submission at a time: the flag is set before anything else, on the FX thread. */
    private void submit() {
        if (model.submittingProperty().get() || model.outcomeUnknownProperty().get()) {
            return;
        }
        Optional<RequestDraft> draft = model.draft();
        if (draft.isEmpty()) {
            model.firstProblemField().ifPresent(this::focus);
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

    private void created(CreationResult result) {
        if (result instanceof CreationResult.OutcomeUnknown) {
            model.submittingProperty().set(false);
            model.outcomeUnknownProperty().set(true);
            return;
        }
        // The form stays locked (still "submitting") once its request exists: a late Enter cannot
        // create it twice while the window moves to the new request; the next activation clears it.
        CreationResult.Created done = (CreationResult.Created) result;
        created = true;
        done.notesProblem().ifPresent(problem -> toasts.show(Toasts.Kind.WARNING,
                Messages.get("request.new.notesNotSaved.title"), Messages.get("request.new.notesNotSaved", problem)));
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
            field.ifPresent(this::focus);
        } else if (failure instanceof NetworkException network) {
            model.formMessageProperty().set(Messages.get("request.new.failed.network", network.getMessage()));
        } else if (failure instanceof OctoberException refusal) {
            model.formMessageProperty().set(Messages.get("request.new.failed.refused", refusal.getMessage()));
        } else {
            model.formMessageProperty().set(Messages.get("request.new.failed.unexpected",
                    Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName())));
        }
    }

    private void focus(FormField field) {
        Control control = switch (field) {
            case CODE -> view.code;
            case BUSINESS_NAME -> view.businessName;
            case CREATOR -> view.creator;
            default -> view.notes.field(field.note().orElseThrow());
        };
        if (field.note().isPresent()) {
            view.notes.pane().setExpanded(true);
        }
        control.requestFocus();
    }

    private static void cancel(TaskHandle task) {
        if (task != null) {
            task.cancel();
        }
    }
}
