package io.xraydesk.ui.login.planted;

import io.xraydesk.core.planted.CoreUsingApiAndStore;

/** Respects every rule: a second screen, which knows core and not the other screen. */
public class ScreenUsingCore {
    CoreUsingApiAndStore core;
}
