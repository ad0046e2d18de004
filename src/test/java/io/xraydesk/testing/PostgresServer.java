package io.xraydesk.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests: Debian's binaries (package {@code postgresql}), a throwaway
 * data folder, a free loopback port, and a random password checked with {@code scram-sha-256}, so the
 * tests connect the way a workstation does. As root (CI) the server runs as the {@code postgres}
 * user, since PostgreSQL refuses to run as root.
 *
 * <p>One server per test JVM ({@link #shared()}), stopped and deleted when the JVM exits; each test
 * takes a database of its own ({@link #newDatabase()}). Where no PostgreSQL is installed the tests
 * that need one are skipped, unless {@value #REQUIRED_VARIABLE}=1 (set by CI), which makes them fail.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String REQUIRED_VARIABLE = "XRAYDESK_POSTGRES_REQUIRED";
    /** A folder holding {@code initdb} and {@code pg_ctl}, when they are somewhere unusual. */
    public static final String BIN_VARIABLE = "XRAYDESK_POSTGRES_BIN";
    public static final String SUPERUSER = "xraydesk_test";

    private static final int START_ATTEMPTS = 3;
    private static PostgresServer shared;

    private final Path bin;
    private final Path folder;
    private final boolean asRoot;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();
    private int port;

    private PostgresServer(Path bin, Path folder, boolean asRoot, String password) {
        this.bin = bin;
        this.folder = folder;
        this.asRoot = asRoot;
        this.password = password;
    }

    /** The JVM's server, started at the first call; skips (or fails, in CI) where PostgreSQL is not installed. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            PostgresServer server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-test-server-stop"));
            shared = server;
        }
        return shared;
    }

    /** A server of its own, for a test that stops or restarts it; the caller closes it. */
    public static PostgresServer start() {
        Path bin = findBinaries();
        try {
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "xraydesk-pg-");
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            PostgresServer server = new PostgresServer(bin, folder, asRoot, HexFormat.of().formatHex(secret));
            server.initialise();
            server.startOnFreePort();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a PostgreSQL server for the tests: " + e.getMessage(), e);
        }
    }

    private static Path findBinaries() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv(BIN_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        // Debian installs the server beside its major version, outside PATH: the newest wins.
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.sorted((a, b) -> Integer.compare(major(b), major(a)))
                    .forEach(version -> candidates.add(version.resolve("bin")));
        } catch (IOException notDebiansLayout) {
            // try the configured folder alone
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate.resolve("initdb")) && Files.isExecutable(candidate.resolve("pg_ctl"))) {
                return candidate;
            }
        }
        String message = "No PostgreSQL server installed (Debian package postgresql, or " + BIN_VARIABLE + ")";
        if ("1".equals(System.getenv(REQUIRED_VARIABLE))) {
            throw new IllegalStateException(message + " but " + REQUIRED_VARIABLE + "=1");
        }
        Assumptions.abort(message);
        return null;
    }

    private static int major(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    private Path data() {
        return folder.resolve("data");
    }

    private void initialise() throws IOException {
        Path passwordFile = folder.resolve("password");
        Files.writeString(passwordFile, password);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        if (asRoot) {
            // The folder is made by and for root (mode 700): hand it to the user the server runs as.
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
            Files.setOwner(passwordFile, postgres);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", SUPERUSER,
                "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"), 120);
        Files.delete(passwordFile);
    }

    private void startOnFreePort() throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            port = freeLoopbackPort();
            try {
                startServer();
                return;
            } catch (IOException takenMeanwhile) {
                // Another program may have bound the port between our probe and the server's bind.
                last = takenMeanwhile;
            }
        }
        throw last;
    }

    private void startServer() throws IOException {
        // The socket goes into the test's own folder: two servers never share /var/run/postgresql.
        // fsync off only matters if the machine itself crashes; commits stay synchronous, so a write
        // (The connection limit leaves room for the team benchmark's fifty desktops, two connections each.)
        // the server acknowledged survives stop(true), as the crash tests of the team store need.
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + folder
                + " -c fsync=off -c full_page_writes=off -c max_connections=300";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", folder.resolve("server.log").toString(),
                "-w", "-t", "120", "-o", options, "start"), 180);
    }

    /** Stops the server now (as a crash would, with {@code immediate}) or cleanly; its data stay. */
    public void stop(boolean immediate) {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", immediate ? "immediate" : "fast",
                    "-w", "stop"), 120);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Starts the server again on the same port, with the data it had. */
    public void restart() {
        try {
            startServer();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("xraydesk-pg-command", ".log");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed (" + process.exitValue() + "): "
                        + Files.readString(output) + serverLog());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() {
        try {
            Path log = folder.resolve("server.log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException unreadable) {
            return "";
        }
    }

    /** The throwaway folder holding the data, the socket and the server's log. */
    public Path folder() {
        return folder;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Connects as the superuser. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url(database), properties);
    }

    /** Creates an empty database of its own for one test; returns its name. */
    public String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                stop(true);
            }
        } finally {
            TemporaryFolders.deleteTree(folder);
        }
    }
}
