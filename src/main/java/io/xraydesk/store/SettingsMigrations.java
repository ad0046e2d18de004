package io.xraydesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Upgrades a settings file's JSON tree from the layout it was written in to the current one, one
 * version at a time. Each step takes a tree of version n and returns one of version n + 1; steps are
 * only ever appended. Version 1 is the first layout, so the app's list is still empty.
 */
final class SettingsMigrations {

    static final String VERSION_FIELD = "schemaVersion";

    static final SettingsMigrations APP = new SettingsMigrations(Settings.CURRENT_SCHEMA_VERSION, List.of());

    private final int currentVersion;
    private final List<UnaryOperator<ObjectNode>> steps;

    /** {@code steps.get(i)} upgrades version {@code currentVersion - steps.size() + i}. */
    SettingsMigrations(int currentVersion, List<UnaryOperator<ObjectNode>> steps) {
        this.currentVersion = currentVersion;
        this.steps = List.copyOf(steps);
    }

    private int oldestVersion() {
        return currentVersion - steps.size();
    }

    /**
     * Returns the tree at the current version. A tree without a version is taken as the oldest layout
     * known; one from a newer app is left as it is (unknown fields are ignored when binding).
     */
    ObjectNode upgrade(ObjectNode tree) {
        JsonNode versionNode = tree.get(VERSION_FIELD);
        int version = versionNode != null && versionNode.canConvertToInt() ? versionNode.intValue() : oldestVersion();
        if (version > currentVersion) {
            return tree;
        }
        ObjectNode upgraded = tree;
        for (int v = Math.max(version, oldestVersion()); v < currentVersion; v++) {
            upgraded = steps.get(v - oldestVersion()).apply(upgraded);
        }
        upgraded.put(VERSION_FIELD, currentVersion);
        return upgraded;
    }
}
