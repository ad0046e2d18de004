package io.xraydesk.core.upload;

import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;

/** A queue over a fresh journal in {@code dir}, sending to its own sandbox; closed in the right order. */
final class RunningQueue implements AutoCloseable {

    final UploadFixture sandbox;
    final LocalDatabase database;
    final UploadQueue queue;

    RunningQueue(Path dir, SandboxConfig.Builder config, int concurrency) {
        sandbox = new UploadFixture(config);
        database = UploadFixture.database(dir);
        queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader, concurrency);
    }

    /** The queue first (its workers may still write), then the journal, then the sandbox. */
    @Override
    public void close() {
        queue.close();
        database.close();
        sandbox.close();
    }
}
