package io.xraydesk.cli;

import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.TeamDatabaseSetting;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PostgresServer;
import io.xraydesk.testing.TemporaryFolders;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two workstations of one team for a test of the command line, as a JUnit extension (an instance field
 * with {@code @RegisterExtension}): the live sandbox, English messages, a data folder for each
 * workstation and a new database on the shared PostgreSQL (the test is skipped where there is none),
 * which {@link #cli} points a workstation at.
 */
final class TeamWorkstations implements BeforeEachCallback, AfterEachCallback {

    private final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    private final MessagesLocale english = MessagesLocale.english();
    private PostgresServer server;
    private String address;
    private Path first;
    private Path second;

    @Override
    public void beforeEach(ExtensionContext context) {
        english.beforeEach(context);
        first = TemporaryFolders.create("xraydesk-workstation-");
        second = TemporaryFolders.create("xraydesk-workstation-");
        server = PostgresServer.shared();
        address = server.url(server.newDatabase()) + "?user=" + PostgresServer.SUPERUSER;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sandbox.afterEach(context);
        english.afterEach(context);
        TemporaryFolders.deleteTree(first);
        TemporaryFolders.deleteTree(second);
    }

    SandboxServer sandbox() {
        return sandbox.server();
    }

    PostgresServer server() {
        return server;
    }

    /** The team database's address, as an analyst sets it. */
    String address() {
        return address;
    }

    /** The data folder of the first workstation. */
    Path first() {
        return first;
    }

    /** The data folder of the other workstation. */
    Path second() {
        return second;
    }

    /** The command line of the workstation whose data folder is {@code workstation}, in the team. */
    CliHarness cli(Path workstation) {
        return cli(workstation, server.password());
    }

    /** As above, with {@code password} for the team database. */
    CliHarness cli(Path workstation, String password) {
        return CliHarness.against(sandbox.server(), workstation)
                .with(TeamDatabaseSetting.ADDRESS_VARIABLE, address)
                .with(TeamDatabaseSetting.PASSWORD_VARIABLE, password);
    }
}
