package io.xraydesk.ui.dashboard;

import java.util.Locale;

/** Which of the team's requests the list shows (docs/team.md, "The application in a team"). */
enum TeamScope {
    /** Those the analyst created or follows. */
    MINE,
    /** Every request the team knows. */
    TEAM;

    /** {@code dashboard.scope.mine}, {@code dashboard.scope.team}. */
    String messageKey() {
        return "dashboard.scope." + name().toLowerCase(Locale.ROOT);
    }
}
