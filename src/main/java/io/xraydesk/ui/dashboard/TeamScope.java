package io.xraydesk.ui.dashboard;

/** Which of the team's requests the list shows (docs/team.md, "The application in a team"). */
enum TeamScope {
    /** Those the analyst created or follows. */
    MINE("dashboard.scope.mine"),
    /** Every request the team knows. */
    TEAM("dashboard.scope.team");

    /** Spelt whole, so that the check of unused keys finds it in the code. */
    private final String messageKey;

    TeamScope(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
