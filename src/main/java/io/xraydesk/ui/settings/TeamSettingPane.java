package io.xraydesk.ui.settings;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.Icons;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/** The team section of the preferences: the address, the password and "Check connection". */
final class TeamSettingPane extends GridPane {

    /** @param check starts the check of the form's values (the view-model runs it off the FX thread) */
    TeamSettingPane(TeamSettingForm form, Consumer<TeamSettingForm> check) {
        setHgap(8);
        setVgap(4);
        getColumnConstraints().addAll(SettingsForm.labelColumn(), SettingsForm.fieldColumn());
        TextField address = SettingsForm.field("pref-team-address", form.addressProperty());
        address.setPromptText(Messages.get("preferences.team.address.prompt"));
        Label problem = SettingsForm.problem(form.addressProblem());
        problem.setId("pref-team-address-problem");
        PasswordField password = new PasswordField();
        password.setId("pref-team-password");
        password.setPromptText(Messages.get("preferences.team.password.prompt"));
        password.textProperty().bindBidirectional(form.passwordProperty());
        Button checkButton = new Button(Messages.get("preferences.team.check"), Icons.of(Feather.DATABASE));
        checkButton.setId("pref-team-check");
        checkButton.disableProperty().bind(form.addressProblem().isNotEmpty().or(form.addressProperty().isEmpty()));
        checkButton.setOnAction(event -> check.accept(form));
        Label checked = new Label();
        checked.setId("pref-team-checked");
        checked.setWrapText(true);
        checked.textProperty().bind(form.checkedProperty());
        HBox checkLine = new HBox(8, checkButton, checked);
        checkLine.setAlignment(Pos.CENTER_LEFT);
        addRow(0, new Label(Messages.get("preferences.team.address")), address);
        add(problem, 1, 1);
        addRow(2, new Label(Messages.get("preferences.team.password")), password);
        add(checkLine, 1, 3);
        add(SettingsForm.note(Messages.get("preferences.team.note")), 0, 4, 2, 1);
    }
}
