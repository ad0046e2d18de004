package io.xraydesk.ui.login;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.SettingsProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Says in plain words what went wrong while reading the settings at start-up. */
public final class SettingsProblemText {

    private SettingsProblemText() {
    }

    /** One paragraph per problem; empty when there was none. */
    public static String describe(List<SettingsProblem> problems) {
        return problems.stream().map(SettingsProblemText::describe).collect(Collectors.joining("\n\n"));
    }

    static String describe(SettingsProblem problem) {
        String where = problem.backup().or(problem::file).map(Path::toString).orElse(problem.detail());
        return Messages.get("settings.problem." + problem.kind().name().toLowerCase(Locale.ROOT), where);
    }
}
