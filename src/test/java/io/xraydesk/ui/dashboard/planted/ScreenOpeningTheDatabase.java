package io.xraydesk.ui.dashboard.planted;

import io.xraydesk.store.LocalDatabase;

/** Breaks {@code screensReadThroughCoreNotTheDatabaseOrTheClient}: a screen opens the database. */
public class ScreenOpeningTheDatabase {
    LocalDatabase database;
}
