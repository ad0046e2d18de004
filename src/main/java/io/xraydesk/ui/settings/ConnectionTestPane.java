package io.xraydesk.ui.settings;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.ConnectionDiagnosis;
import io.xraydesk.core.session.DiagnosisStep;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.widgets.BusyRing;
import io.xraydesk.ui.widgets.Icons;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Test connection": runs {@link ConnectionDiagnosis} against an address with the settings being
 * edited, one line per step with a tick or a cross, off the FX thread, cancellable.
 */
final class ConnectionTestPane extends VBox {

    private static final double LINE_HEIGHT = 20;

    final TextField target = new TextField();
    final Button test = new Button(Messages.get("network.test"), Icons.of(Feather.ACTIVITY));
    final Button cancel = new Button(Messages.get("network.test.cancel"));
    final VBox lines = new VBox(4);
    private final BusyRing spinner = new BusyRing();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BackgroundTasks tasks;
    private final Supplier<ConnectionSettings> settings;
    private TaskHandle handle;

    /** @param settings the connection being edited; called off the FX thread */
    ConnectionTestPane(BackgroundTasks tasks, URI initialTarget, Supplier<ConnectionSettings> settings) {
        super(6);
        this.tasks = tasks;
        this.settings = settings;
        target.setText(initialTarget.toString());
        target.setId("test-target");
        test.setId("test-connection");
        cancel.setId("test-cancel");
        lines.setId("test-lines");
        // Room for every step and the summary from the start: the dialog does not jump as lines arrive.
        lines.setMinHeight((DiagnosisStep.Kind.values().length + 1) * LINE_HEIGHT);
        spinner.visibleProperty().bind(running);
        cancel.visibleProperty().bind(running);
        test.disableProperty().bind(running);
        HBox row = new HBox(8, target, test, cancel, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(target, Priority.ALWAYS);
        target.setPromptText(Messages.get("network.test.target"));
        target.setTooltip(new Tooltip(Messages.get("network.test.target")));
        getChildren().addAll(row, lines);
        test.setOnAction(event -> start());
        cancel.setOnAction(event -> stop());
    }

    /** Stops a running test; its lines stay and a last one says it was cancelled. */
    void stop() {
        if (handle != null && running.get()) {
            handle.cancel();
            running.set(false);
            lines.getChildren().add(line(Feather.SLASH, Messages.get("network.test.cancelled"), "text-muted"));
        }
    }

    private void start() {
        URI uri;
        try {
            uri = URI.create(target.getText().strip());
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
        } catch (IllegalArgumentException notAUrl) {
            lines.getChildren().setAll(line(Feather.X_CIRCLE, Messages.get("network.test.bad_target"), "danger"));
            return;
        }
        lines.getChildren().clear();
        running.set(true);
        TaskHandle[] self = new TaskHandle[1];
        handle = tasks.task("test connection", progress -> ConnectionDiagnosis.run(uri, settings.get(),
                        step -> tasks.ui().execute(() -> {
                            if (!self[0].isCancelled()) {
                                lines.getChildren().add(line(step));
                            }
                        })))
                .onSuccess(this::finished)
                .onFailure(failure -> {
                    running.set(false);
                    lines.getChildren().add(line(Feather.X_CIRCLE,
                            Messages.get("network.test.failed", FailureWords.of(failure)), "danger"));
                })
                .start();
        self[0] = handle;
    }

    private void finished(List<DiagnosisStep> steps) {
        running.set(false);
        boolean allPassed = steps.size() == DiagnosisStep.Kind.values().length
                && steps.stream().noneMatch(s -> s.status() == DiagnosisStep.Status.FAILED);
        lines.getChildren().add(allPassed
                ? line(Feather.CHECK_CIRCLE, Messages.get("network.test.all_passed"), "success")
                : line(Feather.ALERT_TRIANGLE, Messages.get("network.test.stopped"), "warning"));
    }

    private static Label line(DiagnosisStep step) {
        Feather icon = switch (step.status()) {
            case PASSED -> Feather.CHECK;
            case FAILED -> Feather.X;
            case SKIPPED -> Feather.MINUS;
        };
        String style = switch (step.status()) {
            case PASSED -> "success";
            case FAILED -> "danger";
            case SKIPPED -> "text-muted";
        };
        String text = Messages.get(step.kind().messageKey()) + " — " + Messages.get(step.status().messageKey())
                + (step.detail().isEmpty() ? "" : " (" + detail(step) + ")");
        Label label = line(icon, text, style);
        label.getStyleClass().add("test-step-" + step.status().name().toLowerCase(Locale.ROOT));
        return label;
    }

    private static String detail(DiagnosisStep step) {
        if (step.status() != DiagnosisStep.Status.SKIPPED) {
            return step.detail();
        }
        return Messages.get("network.test.skipped." + step.detail());
    }

    private static Label line(Feather icon, String text, String style) {
        Label label = new Label(text, Icons.of(icon));
        label.setWrapText(true);
        label.getStyleClass().addAll("test-step", style);
        return label;
    }
}
