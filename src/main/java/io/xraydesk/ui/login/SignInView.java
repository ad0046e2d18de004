package io.xraydesk.ui.login;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import io.xraydesk.ui.widgets.BusyRing;
import io.xraydesk.ui.widgets.ChoiceText;
import io.xraydesk.ui.widgets.Icons;
import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The controls of the sign-in screen and their layout; no behaviour beyond showing what the
 * {@link SignInScreen} binds. Every control has an id so tests and screen readers can find it.
 */
final class SignInView {

    final Label reason = new Label();
    final ComboBox<Profile> profiles = new ComboBox<>();
    final Button newProfile = new Button(Messages.get("signin.profile.new"), Icons.of(Feather.PLUS));
    final Button deleteProfile = new Button(Messages.get("signin.profile.delete"), Icons.of(Feather.TRASH_2));
    final ComboBox<Environment> environment = new ComboBox<>();
    final TextField baseUrl = new TextField();
    final TextField userId = new TextField();
    final PasswordField token = new PasswordField();
    final TextField tokenShown = new TextField();
    final ToggleButton reveal = new ToggleButton(null, Icons.of(Feather.EYE));
    final TextField version = new TextField();
    final TextField businessId = new TextField();
    final TextField profileName = new TextField();
    final CheckBox rememberMe = new CheckBox(Messages.get("signin.remember"));
    final Label keychainNote = new Label();
    final BusyRing spinner = new BusyRing();
    final Label status = new Label();
    final Button cancel = new Button(Messages.get("signin.cancel"));
    final Label message = new Label();
    final Hyperlink networkSettings = new Hyperlink(Messages.get("signin.network"), Icons.of(Feather.GLOBE));
    final Button signIn = new Button(Messages.get("signin.action"));
    final Label baseUrlProblem = problemLabel("base-url-problem");
    final Label userIdProblem = problemLabel("user-id-problem");
    final Label tokenProblem = problemLabel("token-problem");
    final Label versionProblem = problemLabel("version-problem");
    final Label businessIdProblem = problemLabel("business-id-problem");
    final Label baseUrlLabel = new Label(Messages.get("signin.baseurl"));
    /** Under the environment, in the same cell: a hidden row would still take its gap in the grid. */
    private final VBox baseUrlBox = new VBox(4, baseUrlLabel, baseUrl, baseUrlProblem);

    private final ScrollPane root;

    SignInView() {
        ids();
        reason.getStyleClass().addAll("signin-reason", "warning");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.visibleProperty());
        reason.setVisible(false);
        message.getStyleClass().addAll("signin-message", "danger");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        keychainNote.getStyleClass().add("text-muted");
        keychainNote.setWrapText(true);
        keychainNote.managedProperty().bind(keychainNote.visibleProperty());
        keychainNote.setVisible(false);

        profiles.setMaxWidth(Double.MAX_VALUE);
        profiles.setPromptText(Messages.get("signin.profile.none"));
        profiles.setCellFactory(list -> new ProfileCell());
        profiles.setButtonCell(new ProfileCell());
        environment.getItems().setAll(Environment.values());
        environment.setMaxWidth(Double.MAX_VALUE);
        environment.setConverter(ChoiceText.of(env -> env == null ? ""
                : Messages.get("signin.environment." + env.name().toLowerCase(Locale.ROOT))));
        baseUrl.setPromptText(Messages.get("signin.baseUrl.prompt"));
        token.setPromptText(Messages.get("signin.token.placeholder"));
        tokenShown.setPromptText(Messages.get("signin.token.placeholder"));
        tokenShown.visibleProperty().bind(reveal.selectedProperty());
        token.visibleProperty().bind(reveal.selectedProperty().not());
        reveal.setTooltip(new Tooltip(Messages.get("signin.token.reveal")));
        // An icon only: its name is read out, and Tab reaches it like any other action.
        reveal.setAccessibleText(Messages.get("signin.token.reveal"));
        profileName.setPromptText(Messages.get("signin.name.placeholder"));
        businessId.setPromptText(Messages.get("signin.business.placeholder"));
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add("accent");

        root = new ScrollPane(card());
        root.setFitToWidth(true);
        root.getStyleClass().add("signin-screen");
    }

    Node root() {
        return root;
    }

    /** Shows whether the Base URL is part of the form (Custom only); its problem follows the model. */
    void showBaseUrl(boolean shown) {
        baseUrlBox.setVisible(shown);
        baseUrlBox.setManaged(shown);
    }

    static void bindProblem(Label label, ObservableStringValue problem) {
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    private Node card() {
        Label heading = new Label(Messages.get("signin.heading"));
        heading.getStyleClass().add("title-2");
        Label subtitle = new Label(Messages.get("signin.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        HBox profileRow = new HBox(6, profiles, newProfile, deleteProfile);
        HBox.setHgrow(profiles, Priority.ALWAYS);
        newProfile.setMinWidth(Region.USE_PREF_SIZE);
        deleteProfile.setMinWidth(Region.USE_PREF_SIZE);
        row = addRow(form, row, new Label(Messages.get("signin.profile")), profileRow, null);
        baseUrlLabel.setLabelFor(baseUrl);
        baseUrlBox.setPadding(new Insets(4, 0, 0, 0));
        row = addRow(form, row, new Label(Messages.get("signin.environment")), new VBox(environment, baseUrlBox), null);
        row = addRow(form, row, new Label(Messages.get("signin.userid")), userId, userIdProblem);
        StackPane tokenFields = new StackPane(token, tokenShown);
        HBox tokenRow = new HBox(6, tokenFields, reveal);
        HBox.setHgrow(tokenFields, Priority.ALWAYS);
        row = addRow(form, row, new Label(Messages.get("signin.token")), tokenRow, tokenProblem);
        row = addRow(form, row, new Label(Messages.get("signin.version")), version, versionProblem);
        row = addRow(form, row, new Label(Messages.get("signin.business")), businessId, businessIdProblem);
        row = addRow(form, row, new Label(Messages.get("signin.name")), profileName, null);
        form.add(new VBox(4, rememberMe, keychainNote), 1, row);

        HBox progress = new HBox(8, spinner, status, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.visibleProperty().bind(spinner.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, networkSettings, spacer, signIn);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(14, heading, subtitle, reason, form, progress, message, actions);
        card.getStyleClass().add("signin-card");
        card.setPadding(new Insets(24));
        card.setMaxWidth(620);
        StackPane centred = new StackPane(card);
        centred.setPadding(new Insets(24));
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        return centred;
    }

    /** A label and its field, with the field's problem (if it has one) right under it in the same cell. */
    private static int addRow(GridPane form, int row, Label label, Node field, Label problem) {
        label.setLabelFor(field);
        form.add(label, 0, row);
        Node cell = problem == null ? field : new VBox(2, field, problem);
        form.add(cell, 1, row);
        GridPane.setHgrow(cell, Priority.ALWAYS);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        return row + 1;
    }

    private static Label problemLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("field-problem", "danger", "text-small");
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private void ids() {
        reason.setId("signin-reason");
        profiles.setId("profile-choice");
        newProfile.setId("profile-new");
        deleteProfile.setId("profile-delete");
        environment.setId("environment-choice");
        baseUrl.setId("base-url");
        userId.setId("user-id");
        token.setId("token");
        tokenShown.setId("token-shown");
        reveal.setId("token-reveal");
        version.setId("october-version");
        businessId.setId("business-id");
        profileName.setId("profile-name");
        rememberMe.setId("remember-me");
        keychainNote.setId("keychain-note");
        spinner.setId("signin-spinner");
        status.setId("signin-status");
        cancel.setId("signin-cancel");
        message.setId("signin-message");
        networkSettings.setId("open-network-settings");
        signIn.setId("signin-button");
    }

    /** A saved profile by its name and environment. */
    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null : profile.displayName() + " — "
                    + Messages.get("environment." + profile.environment().name().toLowerCase(Locale.ROOT)));
            // A long profile name may be cut in the narrow list: whole in the tooltip.
            setTooltip(getText() == null ? null : new Tooltip(getText()));
        }
    }
}
