package io.xraydesk.ui.newrequest;

import atlantafx.base.theme.Styles;
import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.BusyRing;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The controls of the new-request form, laid out in tab order and bound to the {@link
 * NewRequestModel}; the {@link NewRequestScreen} attaches the actions.
 */
final class NewRequestView {

    private final ScrollPane root;
    final ComboBox<CompanyCodeType> codeType = new ComboBox<>();
    final TextField code = new TextField();
    final TextField businessName = new TextField();
    final TextField creator = new TextField();
    final LookupPanel lookup;
    final NotesSection notes;
    final Button openDuplicate = new Button(Messages.get("request.new.duplicate.open"));
    final Label duplicateText = new Label();
    final HBox duplicateBanner;
    final Button retryAnyway = new Button(Messages.get("request.new.unknown.retry"));
    final Button checkDashboard = new Button(Messages.get("request.new.unknown.check"));
    final VBox outcomeUnknownBanner;
    final Label formMessage = new Label();
    final Button submit = new Button(Messages.get("request.new.submit"));
    final Button cancel = new Button(Messages.get("request.new.cancel"));

    NewRequestView(NewRequestModel model, Locale locale) {
        Label heading = new Label(Messages.get("request.new.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Messages.get("request.new.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        codeType.setId("code-type");
        codeType.getItems().setAll(CompanyCodeTypes.all());
        codeType.setConverter(new StringConverter<>() {
            @Override
            public String toString(CompanyCodeType type) {
                return type == null ? "" : type.displayName();
            }

            @Override
            public CompanyCodeType fromString(String shown) {
                return codeType.getItems().stream().filter(t -> t.displayName().equals(shown)).findFirst()
                        .orElse(null);
            }
        });
        codeType.valueProperty().bindBidirectional(model.codeTypeProperty());
        codeType.valueProperty().addListener((o, was, now) -> regroupCode());

        code.setId("code");
        code.setMaxWidth(260);
        code.setTextFormatter(new TextFormatter<>(new GroupedCodeFilter(model.codeTypeProperty()::get)));
        code.textProperty().bindBidirectional(model.codeTextProperty());
        code.promptTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("request.new.code.prompt", model.codeTypeProperty().get().displayName()),
                model.codeTypeProperty()));

        lookup = new LookupPanel(model);
        duplicateText.setId("duplicate-text");
        openDuplicate.setId("open-duplicate");
        // The banner's text wraps; its button keeps its word.
        openDuplicate.setMinWidth(Region.USE_PREF_SIZE);
        duplicateText.setWrapText(true);
        duplicateBanner = new HBox(12, duplicateText, openDuplicate);
        duplicateBanner.setId("duplicate");
        duplicateBanner.setAlignment(Pos.CENTER_LEFT);
        duplicateBanner.getStyleClass().addAll("banner", "banner-warning");
        HBox.setHgrow(duplicateText, Priority.ALWAYS);
        showOnlyWhen(duplicateBanner, Bindings.isNotEmpty(model.duplicates()));

        businessName.setId("business-name");
        businessName.textProperty().bindBidirectional(model.businessNameProperty());
        businessName.setPromptText(Messages.get("request.new.name.prompt"));
        Label counter = new Label();
        counter.setId("name-counter");
        counter.getStyleClass().add(Styles.TEXT_MUTED);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        counter.textProperty().bind(model.nameCounterProperty());
        HBox nameLine = new HBox(8, businessName, counter);
        nameLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(businessName, Priority.ALWAYS);

        creator.setId("creator");
        creator.setPromptText(Messages.get("request.new.creator.prompt"));
        creator.textProperty().bindBidirectional(model.creatorProperty());

        GridPane grid = FieldRow.grid();
        FieldRow.add(grid, Messages.get("request.new.codeType"), codeType, codeType);
        FieldRow.add(grid, Messages.get("request.new.code"), code, code,
                problem("code-problem", FieldRow.problemLine(code, model.problemProperty(FormField.CODE))),
                FieldRow.noteLine(model.codeNoteProperty()), lookup.node(), duplicateBanner);
        Label nameProblem = problem("name-problem",
                FieldRow.problemLine(businessName, model.problemProperty(FormField.BUSINESS_NAME)));
        Label defaultName = FieldRow.noteLine(model.defaultNameHintProperty());
        defaultName.setId("default-name");
        FieldRow.add(grid, Messages.get("request.new.name"), businessName, nameLine, nameProblem, defaultName);
        FieldRow.add(grid, Messages.get("request.new.creator"), creator, creator,
                problem("creator-problem", FieldRow.problemLine(creator, model.problemProperty(FormField.CREATOR))));

        notes = new NotesSection(model, locale);

        Label unknownText = new Label(Messages.get("request.new.unknown"));
        retryAnyway.setId("retry-anyway");
        outcomeUnknownBanner = new VBox(8, unknownText, new HBox(8, retryAnyway, checkDashboard));
        outcomeUnknownBanner.setId("outcome-unknown");
        outcomeUnknownBanner.getStyleClass().addAll("banner", "banner-danger");
        showOnlyWhen(outcomeUnknownBanner, model.outcomeUnknownProperty());

        formMessage.setId("form-message");
        formMessage.getStyleClass().add("field-problem");
        formMessage.textProperty().bind(model.formMessageProperty());
        showOnlyWhen(formMessage, formMessage.textProperty().isNotEmpty());

        submit.setId("submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        cancel.setId("cancel");
        BusyRing spinner = new BusyRing();
        spinner.visibleProperty().bind(model.submittingProperty());
        Label submitting = new Label(Messages.get("request.new.submitting"));
        submitting.getStyleClass().add(Styles.TEXT_MUTED);
        HBox progress = new HBox(8, spinner, submitting);
        progress.setAlignment(Pos.CENTER_LEFT);
        showOnlyWhen(progress, model.submittingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, progress, gap, cancel, submit);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox form = new VBox(heading, intro, grid, notes.pane(), outcomeUnknownBanner, formMessage, actions);
        form.getStyleClass().add("new-request");
        form.getStylesheets().add(Objects.requireNonNull(
                NewRequestView.class.getResource("/io/xraydesk/ui/newrequest/new-request.css")).toExternalForm());
        StackPane centred = new StackPane(form);
        StackPane.setAlignment(form, Pos.TOP_CENTER);
        centred.setPadding(new Insets(0));
        root = new ScrollPane(centred);
        root.setFitToWidth(true);
        root.setId("new-request");
    }

    ScrollPane root() {
        return root;
    }

    /** Puts the keyboard in {@code field}, opening the notes when it is one of them. */
    void focus(FormField field) {
        Control control = switch (field) {
            case CODE -> code;
            case BUSINESS_NAME -> businessName;
            case CREATOR -> creator;
            default -> notes.field(field.note().orElseThrow());
        };
        if (field.note().isPresent()) {
            notes.pane().setExpanded(true);
        }
        control.requestFocus();
    }

    /** The code typed again through the formatter: grouped as the newly chosen type groups it. */
    private void regroupCode() {
        String typed = code.getText();
        code.clear();
        code.setText(typed);
    }

    private static Label problem(String id, Label line) {
        line.setId(id);
        return line;
    }

    private static void showOnlyWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
