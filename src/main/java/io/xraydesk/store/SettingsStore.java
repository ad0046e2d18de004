package io.xraydesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the user's settings file. Settings come in three layers, each over the one below:
 * the built-in defaults, the IT presets ({@link SystemPresets}: system file, then environment
 * variables), and the user's own file. Saving writes only what differs from the layers below, so a
 * preset IT changes later still reaches users who never touched that setting.
 *
 * <p>Loading never fails: a file that cannot be used is reported in the {@link LoadResult} and, when
 * it is damaged, moved aside to {@code settings.json.corrupt-<timestamp>} so it is not overwritten.
 */
public final class SettingsStore {

    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path userFile;
    private final Path systemFile;
    private final Map<String, String> env;
    private final SettingsMigrations migrations;
    private final Clock clock;

    /**
     * @param userFile the user's settings file ({@link AppPaths#settingsFile()})
     * @param systemFile the IT presets file, which may not exist
     * @param env the environment to read preset variables from
     */
    public SettingsStore(Path userFile, Path systemFile, Map<String, String> env) {
        this(userFile, systemFile, env, SettingsMigrations.APP, Clock.systemUTC());
    }

    SettingsStore(Path userFile, Path systemFile, Map<String, String> env, SettingsMigrations migrations,
                  Clock clock) {
        this.userFile = userFile;
        this.systemFile = systemFile;
        this.env = Map.copyOf(env);
        this.migrations = migrations;
        this.clock = clock;
    }

    /** The store of this machine and user: real environment, per-OS system presets file. */
    public static SettingsStore forApp(AppPaths paths) {
        Map<String, String> env = System.getenv();
        return new SettingsStore(paths.settingsFile(),
                SystemPresets.defaultFile(env, System.getProperty("os.name", "")), env);
    }

    public Path file() {
        return userFile;
    }

    public synchronized LoadResult load() {
        List<SettingsProblem> problems = new ArrayList<>();
        ObjectNode presets = presets(problems);
        if (!Files.exists(userFile)) {
            return new LoadResult(bind(presets).orElse(Settings.DEFAULTS), problems);
        }
        String text;
        try {
            text = Files.readString(userFile);
        } catch (IOException e) {
            problems.add(new SettingsProblem(SettingsProblem.Kind.USER_FILE_UNREADABLE, Optional.of(userFile),
                    Optional.empty(), e.toString()));
            return new LoadResult(bind(presets).orElse(Settings.DEFAULTS), problems);
        }
        Optional<Settings> settings = parse(text).flatMap(user -> bind(SettingsJson.merge(presets, user)));
        if (settings.isPresent()) {
            return new LoadResult(settings.get(), problems);
        }
        problems.add(new SettingsProblem(SettingsProblem.Kind.USER_FILE_CORRUPT, Optional.of(userFile),
                moveAside(), "not a valid settings file"));
        return new LoadResult(bind(presets).orElse(Settings.DEFAULTS), problems);
    }

    /** Writes the settings atomically, keeping only what differs from the defaults and IT presets. */
    public synchronized void save(Settings settings) throws IOException {
        ObjectNode own = SettingsJson.difference(SettingsJson.tree(settings), presets(new ArrayList<>()));
        ObjectNode file = SettingsJson.MAPPER.createObjectNode();
        file.put(SettingsMigrations.VERSION_FIELD, Settings.CURRENT_SCHEMA_VERSION);
        own.remove(SettingsMigrations.VERSION_FIELD);
        file.setAll(own);
        PrivateFiles.writeAtomically(userFile, SettingsJson.MAPPER.writeValueAsString(file));
    }

    /** Defaults, with the system file and then the environment laid over them. */
    private ObjectNode presets(List<SettingsProblem> problems) {
        ObjectNode defaults = SettingsJson.tree(Settings.DEFAULTS);
        ObjectNode withFile = SettingsJson.merge(defaults, SystemPresets.readFile(systemFile, problems));
        if (bind(withFile).isEmpty()) {
            problems.add(new SettingsProblem(SettingsProblem.Kind.SYSTEM_FILE_INVALID, Optional.of(systemFile),
                    Optional.empty(), "values of the wrong type"));
            withFile = defaults;
        }
        return SettingsJson.merge(withFile, SystemPresets.fromEnvironment(env, problems));
    }

    private Optional<ObjectNode> parse(String text) {
        try {
            JsonNode node = SettingsJson.MAPPER.readTree(text);
            return node instanceof ObjectNode object ? Optional.of(migrations.upgrade(object)) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Settings> bind(ObjectNode tree) {
        try {
            return Optional.of(SettingsJson.MAPPER.treeToValue(tree, Settings.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> moveAside() {
        try {
            return Optional.of(PrivateFiles.moveAside(userFile, "corrupt-" + BACKUP_STAMP.format(clock.instant())));
        } catch (IOException e) {
            // Left in place: the next save replaces it, which is the best that can be done.
            return Optional.empty();
        }
    }
}
