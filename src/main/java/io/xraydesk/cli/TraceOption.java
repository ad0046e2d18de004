package io.xraydesk.cli;

import io.xraydesk.api.log.ExchangeTrace;
import io.xraydesk.store.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code --trace FILE}, understood by every command: records each API and S3 exchange of the command
 * into FILE (see docs/trace.md), readable by its owner only, closed when the command ends whatever
 * its outcome.
 */
final class TraceOption implements AutoCloseable {

    static final String NAME = "trace";

    private final boolean recording;

    private TraceOption(boolean recording) {
        this.recording = recording;
    }

    static TraceOption start(Args args) {
        Optional<String> target = args.option(NAME);
        if (target.isEmpty()) {
            return new TraceOption(false);
        }
        Path file = Path.of(target.get());
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            ExchangeTrace.start(file);
            PrivateFiles.restrictFile(file);
        } catch (IOException unwritable) {
            ExchangeTrace.stop();
            throw new UsageException("--trace: cannot write " + file + ": " + unwritable.getMessage());
        }
        return new TraceOption(true);
    }

    @Override
    public void close() {
        if (recording) {
            ExchangeTrace.stop();
        }
    }
}
