package io.xraydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RecoveringOpen;
import io.xraydesk.store.SecretStores;
import io.xraydesk.store.Settings;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.store.TeamDatabaseSetting;
import io.xraydesk.store.TeamStore;
import io.xraydesk.store.WorkstationStore;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a command runs with: its output streams, the environment, the data folder, the output mode,
 * and the API connection, built lazily from flags or environment variables so that commands which
 * need no credentials ({@code sandbox}) never ask for them.
 */
public final class CliContext {

    public static final String ENV_BASE_URL = "OCTOBER_BASE_URL";
    public static final String ENV_USER_ID = "OCTOBER_USER_ID";
    public static final String ENV_SESSION_TOKEN = "OCTOBER_SESSION_TOKEN";
    public static final String ENV_VERSION = "OCTOBER_VERSION";

    /** The option that names the team database instead of {@code XRAYDESK_TEAM_DB}. */
    static final String TEAM_DB_OPTION = "team-db";

    /** Options any command may take to say where and as whom to connect. */
    static final Set<String> CONNECTION_OPTIONS = Set.of("base-url", "user-id", "token", "october-version");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Args args;
    private HttpClient http;
    private OctoberClient client;

    CliContext(PrintStream out, PrintStream err, Map<String, String> env, Args args) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.args = args;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Map<String, String> env() {
        return env;
    }

    public boolean json() {
        return args.flag("json");
    }

    public AppPaths paths() {
        return pathsFrom(env);
    }

    /** The data folder: {@code XRAYDESK_HOME} from {@code env} when set, else the per-OS default. */
    static AppPaths pathsFrom(Map<String, String> env) {
        String home = env.get(AppPaths.HOME_VARIABLE);
        return home != null && !home.isBlank() ? AppPaths.at(java.nio.file.Path.of(home)) : AppPaths.fromEnvironment();
    }

    /**
     * The local database of the data folder; a database found lost or damaged (and replaced) is said
     * on stderr first, in words.
     */
    public LocalDatabase openDatabase() {
        RecoveringOpen.Opened opened = RecoveringOpen.open(paths().database());
        opened.recovery().ifPresent(recovery ->
                err.println(Messages.get(recovery.messageKey(), recovery.messageArgs().toArray())));
        return opened.database();
    }

    /** Credentials from {@code --base-url/--user-id/--token/--october-version}, else the environment. */
    public ApiCredentials credentials() {
        String base = setting("base-url", ENV_BASE_URL)
                .orElseThrow(() -> new UsageException("no API address: give --base-url or set " + ENV_BASE_URL));
        String userId = setting("user-id", ENV_USER_ID)
                .orElseThrow(() -> new UsageException("no user id: give --user-id or set " + ENV_USER_ID));
        String token = setting("token", ENV_SESSION_TOKEN)
                .orElseThrow(() -> new UsageException("no session token: set " + ENV_SESSION_TOKEN
                        + " (or --token, visible to other users in the process list)"));
        String version = setting("october-version", ENV_VERSION).orElse(ApiCredentials.DEFAULT_VERSION);
        try {
            return new ApiCredentials(new URI(base), userId, token, version);
        } catch (URISyntaxException e) {
            throw new UsageException("the API address is not a URL: " + base);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Who acts, for notes, decisions and the audit trail: the user of the credentials. The command
     * line has no profile, so no name: the user id identifies the analyst.
     */
    public Analyst analyst() {
        return new Analyst(credentials().userId(), null);
    }

    /**
     * The team database when {@code --team-db} (for the commands that take it) or {@code
     * XRAYDESK_TEAM_DB} is set (docs/team.md), opened and migrated, its password from {@code
     * XRAYDESK_TEAM_DB_PASSWORD} or the keychain; the caller closes it. Empty when this workstation
     * works alone.
     */
    public Optional<TeamDatabase> openTeamDatabase() {
        Map<String, String> withOption = new HashMap<>(env);
        args.option(TEAM_DB_OPTION).ifPresent(given -> withOption.put(TeamDatabaseSetting.ADDRESS_VARIABLE, given));
        Optional<TeamDatabaseAddress> address;
        try {
            address = TeamDatabaseSetting.address(withOption, Settings.DEFAULTS);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return address.map(a -> TeamDatabase.open(a,
                TeamDatabaseSetting.password(env, () -> SecretStores.open().store()).orElse(null)));
    }

    /**
     * Where notes, decisions, the audit trail and the request list are kept: the team's database with
     * this workstation's file for its uploads when {@code XRAYDESK_TEAM_DB} is set, else the data
     * folder's database alone. The caller closes it.
     */
    public WorkstationStore openStore() {
        LocalDatabase local = openDatabase();
        try {
            return openTeamDatabase().<WorkstationStore>map(team -> new TeamStore(local, team)).orElse(local);
        } catch (RuntimeException unreachable) {
            local.close();
            throw unreachable;
        }
    }

    public synchronized OctoberClient client() {
        if (client == null) {
            client = new OctoberClient(credentials(), http(), RetryPolicy.defaults(), ConnectionSettings.defaults());
        }
        return client;
    }

    /** A client of its own with {@code retries}, for a command that is its own retry loop ({@code relay}). */
    public synchronized OctoberClient client(RetryPolicy retries) {
        return new OctoberClient(credentials(), http(), retries, ConnectionSettings.defaults());
    }

    public synchronized S3Uploader uploader() {
        return new S3Uploader(http(), RetryPolicy.defaults(), ConnectionSettings.defaults());
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClientFactory.create(ConnectionSettings.defaults());
        }
        return http;
    }

    /** Prints {@code value} as indented JSON on stdout (the {@code --json} output). */
    public void printJson(Object value) {
        ObjectMapper mapper = WireJson.mapper();
        try {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints {@code value} as compact JSON on one line: one event of a stream ({@code watch --json}). */
    public void printJsonLine(Object value) {
        try {
            out.println(WireJson.mapper().writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> setting(String option, String variable) {
        Optional<String> fromFlag = args.option(option).filter(v -> !v.isBlank());
        if (fromFlag.isPresent()) {
            return fromFlag;
        }
        return Optional.ofNullable(env.get(variable)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
