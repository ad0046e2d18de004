package io.xraydesk.store;

public enum Theme {
    SYSTEM, LIGHT, DARK
}
