package io.xraydesk.store;

import java.util.List;

/** The settings to use, and what went wrong while reading them (empty when all was fine). */
public record LoadResult(Settings settings, List<SettingsProblem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }
}
