package io.xraydesk.ui.context.planted;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.store.LocalDatabase;

/** Respects every rule: only the session's work in ui.context holds the database and the client. */
public class ContextHoldingTheDatabase {
    LocalDatabase database;
    OctoberClient client;
}
