package io.xraydesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.AppPaths;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.Settings;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PostgresServer;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.login.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings ▸ Preferences, team database part, without a window: the address goes to the settings, the
 * password to the keychain alone, a wrong address is said and blocks the save, and the connection is
 * checked against a real PostgreSQL without the password ever being shown.
 */
class TeamSettingTest {

    private static final String SECRET = "s3cret-team-password";

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

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
    void anAddressHoldingThePasswordIsRefusedWithoutBeingShownAndBlocksTheSave() {
        viewModel.team().addressProperty().set("postgresql://team:" + SECRET + "@db.bank.example:5432/xraydesk");
        String problem = viewModel.team().addressProblem().get();
        assertFalse(problem.isEmpty());
        assertFalse(problem.contains(SECRET), problem);
        assertTrue(viewModel.saveBlocked().get());
        viewModel.save();
        assertTrue(applied.isEmpty(), "nothing saved");
    }

    @Test
    void theAddressGoesToTheSettingsAndThePasswordToTheKeychainOnly() throws Exception {
        String address = "postgresql://xraydesk_team@db.bank.example:5432/xraydesk?sslmode=verify-full";
        viewModel.team().addressProperty().set(address);
        viewModel.team().passwordProperty().set(SECRET);
        viewModel.save();
        await(() -> viewModel.progress().savedProperty().get());

        assertEquals(address, services.settings().teamDatabase());
        assertEquals(Optional.of(SECRET), services.secrets().store().read(SecretKeys.TEAM_DB_PASSWORD));
        assertFalse(Files.readString(AppPaths.at(home).settingsFile()).contains(SECRET), "never in the settings file");
        assertTrue(services.teamAccess().isPresent(), "the next sign-in joins the team");
    }

    @Test
    void theConnectionIsCheckedAgainstTheServerAndAWrongPasswordIsSaidWithoutIt() throws Exception {
        PostgresServer server = PostgresServer.shared();
        TeamSettingForm team = viewModel.team();
        team.addressProperty().set(server.url(server.newDatabase()) + "?user=" + PostgresServer.SUPERUSER);

        team.passwordProperty().set(SECRET);
        viewModel.checkTeam(team);
        await(() -> team.checkedProperty().get().startsWith("Could not"));
        assertFalse(team.checkedProperty().get().contains(SECRET), team.checkedProperty().get());

        team.passwordProperty().set(server.password());
        viewModel.checkTeam(team);
        await(() -> team.checkedProperty().get().startsWith("Connected"));
        assertTrue(applied.isEmpty(), "a check saves nothing");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
