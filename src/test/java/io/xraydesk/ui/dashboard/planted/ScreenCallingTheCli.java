package io.xraydesk.ui.dashboard.planted;

import io.xraydesk.cli.planted.CliUsingCoreAndSandbox;

/** Breaks {@code uiUsesCoreStoreAndApiOnly}: a screen uses the command line. */
public class ScreenCallingTheCli {
    CliUsingCoreAndSandbox cli;
}
