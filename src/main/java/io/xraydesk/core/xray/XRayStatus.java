package io.xraydesk.core.xray;

import io.xraydesk.core.i18n.Messages;

/**
 * The five states an X-Ray of a request can be in. The rules that decide between them are in
 * {@link XRayRules}; docs/xray-states.md explains them for analysts and for whoever changes them.
 */
public enum XRayStatus {
    /** Nothing sent yet could produce it (e.g. Financial with no financial statement nor notes). */
    AWAITING_DOCUMENTS("awaiting_documents"),
    /** What it needs was sent; its report is not there yet. */
    PENDING("pending"),
    /** A report exists and gives its verdict (a grade where the X-Ray has one). */
    READY("ready"),
    /** A report exists but gives no grade, for the reason the report itself states. */
    NOT_RATED("not_rated"),
    /** The server or the document made the X-Ray impossible. */
    FAILED("failed");

    private final String word;

    XRayStatus(String word) {
        this.word = word;
    }

    /** The stable word scripts read ({@code --json}, CSV, JSON exports): never translated. */
    public String word() {
        return word;
    }

    /** The state in the analyst's language ("not rated", « non noté »). */
    public String label() {
        return Messages.get("xray.status." + word);
    }
}
