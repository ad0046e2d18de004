package io.xraydesk.ui.login.planted;

import io.xraydesk.api.OctoberClient;

/** Breaks {@code screensReadThroughCoreNotTheDatabaseOrTheClient}: a screen calls the client. */
public class ScreenCallingTheClient {
    OctoberClient client;
}
