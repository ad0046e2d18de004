package io.xraydesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.AppPaths;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.Settings;
import io.xraydesk.store.Theme;
import io.xraydesk.store.WebhookReceiverSettings;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PostgresServer;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.login.TestServices;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.theme.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The preferences dialog's work without a window: results delivered in place by the synchronous executor. */
class PreferencesViewModelTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private static final String TEAM_SECRET = "s3cret-team-password";

    @TempDir
    Path home;

    private BackgroundTasks tasks;
    private AppServices services;
    private final List<Settings> applied = new CopyOnWriteArrayList<>();
    private PreferencesViewModel viewModel;

    @BeforeEach
    void setUp() {
        tasks = new BackgroundTasks(new DirectUiExecutor());
        services = TestServices.open(home);
        viewModel = new PreferencesViewModel(services, tasks, applied::add);
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        services.close();
    }

    @Test
    void savedChoicesAreOnDiskPublishedAndHandedOnOnce() throws Exception {
        PreferencesModel form = viewModel.form();
        form.themeProperty().set(ThemeChoice.LIGHT);
        form.languageProperty().set(LanguageChoice.FRENCH);
        form.uploadConcurrencyProperty().set(" 8 ");
        form.notificationsProperty().set(false);
        form.webhookEnabledProperty().set(true);
        form.webhookPortProperty().set("9300");
        form.exportFolderProperty().set(home.toString());

        viewModel.save();
        await(() -> viewModel.progress().savedProperty().get());

        Settings onDisk = TestServices.settingsStore(home).load().settings();
        assertEquals(Theme.LIGHT, onDisk.theme());
        assertEquals("fr", onDisk.locale());
        assertEquals(8, onDisk.uploadConcurrency());
        assertFalse(onDisk.desktopNotifications());
        assertEquals(new WebhookReceiverSettings(true, 9300), onDisk.webhookReceiver());
        assertEquals(home.toString(), onDisk.exportFolder());
        assertEquals(onDisk, services.settings(), "published to the running application");
        assertEquals(List.of(onDisk), applied);
        assertTrue(viewModel.saveBlocked().get(), "a saved form is not saved twice");
    }

    @Test
    void aPortLeftWrongWhileTheReceiverIsOffBlocksNothingAndKeepsTheSavedPort() throws Exception {
        viewModel.form().webhookPortProperty().set("99999");
        assertEquals("", viewModel.form().portProblem().get());
        viewModel.form().webhookEnabledProperty().set(true);
        assertEquals("Type a port number from 1024 to 65535.", viewModel.form().portProblem().get());
        viewModel.form().webhookEnabledProperty().set(false);

        viewModel.save();
        await(() -> viewModel.progress().savedProperty().get());
        assertEquals(WebhookReceiverSettings.DEFAULT, services.settings().webhookReceiver());
    }

    @Test
    void aMissingExportFolderIsNamedAndNothingIsSavedOrApplied() throws Exception {
        Path missing = home.resolve("no such folder");
        viewModel.form().exportFolderProperty().set(missing.toString());
        viewModel.form().uploadConcurrencyProperty().set("2");

        viewModel.save();
        await(() -> !viewModel.progress().errorProperty().get().isEmpty());

        assertTrue(viewModel.progress().errorProperty().get().contains(missing.toString()), viewModel.progress().errorProperty().get());
        assertFalse(viewModel.progress().savedProperty().get());
        assertFalse(viewModel.saveBlocked().get(), "the analyst can correct it and save again");
        assertEquals(List.of(), applied);
        assertNull(services.settings().exportFolder());
        assertEquals(Settings.DEFAULT_UPLOAD_CONCURRENCY, TestServices.settingsStore(home).load().settings().uploadConcurrency());
    }

    // The team database (docs/team.md, "Connect a workstation"): the address to the settings, the password
    // to the keychain alone, checked against a real PostgreSQL without the password ever being shown.

    @Test
    void anAddressHoldingThePasswordIsRefusedWithoutBeingShownAndBlocksTheSave() {
        viewModel.team().addressProperty().set("postgresql://team:" + TEAM_SECRET + "@db.bank.example:5432/xraydesk");
        String problem = viewModel.team().addressProblem().get();
        assertFalse(problem.isEmpty());
        assertFalse(problem.contains(TEAM_SECRET), problem);
        assertTrue(viewModel.saveBlocked().get());
        viewModel.save();
        assertTrue(applied.isEmpty(), "nothing saved");
    }

    @Test
    void theAddressGoesToTheSettingsAndThePasswordToTheKeychainOnly() throws Exception {
        String address = "postgresql://xraydesk_team@db.bank.example:5432/xraydesk?sslmode=verify-full";
        viewModel.team().addressProperty().set(address);
        viewModel.team().passwordProperty().set(TEAM_SECRET);
        viewModel.save();
        await(() -> viewModel.progress().savedProperty().get());

        assertEquals(address, services.settings().teamDatabase());
        assertEquals(Optional.of(TEAM_SECRET), services.secrets().store().read(SecretKeys.TEAM_DB_PASSWORD));
        assertFalse(Files.readString(AppPaths.at(home).settingsFile()).contains(TEAM_SECRET), "never in the settings file");
        assertTrue(services.teamAccess().isPresent(), "the next sign-in joins the team");
    }

    @Test
    void theConnectionIsCheckedAgainstTheServerAndAWrongPasswordIsSaidWithoutIt() throws Exception {
        PostgresServer server = PostgresServer.shared();
        TeamSettingForm team = viewModel.team();
        team.addressProperty().set(server.url(server.newDatabase()) + "?user=" + PostgresServer.SUPERUSER);

        team.passwordProperty().set(TEAM_SECRET);
        viewModel.checkTeam(team);
        awaitServer(() -> team.checkedProperty().get().startsWith("Could not"));
        assertFalse(team.checkedProperty().get().contains(TEAM_SECRET), team.checkedProperty().get());

        team.passwordProperty().set(server.password());
        viewModel.checkTeam(team);
        awaitServer(() -> team.checkedProperty().get().startsWith("Connected"));
        assertTrue(applied.isEmpty(), "a check saves nothing");
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** A new database's tables are made by the check: longer on a loaded machine. */
    private static void awaitServer(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
