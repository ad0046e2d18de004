package io.xraydesk.core.export;

/** How a fact or a table row should stand out: in colour on screen, in a marker on paper. */
public enum Emphasis {
    NONE, GOOD, WARNING, BAD
}
