package io.xraydesk.cli;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.store.UploadState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code queue resume}: finishes every unfinished upload of the journal where it stopped (after a
 * crash, a kill, or a refused sign-in); {@code --retry-failed} also gives failed files a fresh attempt.
 */
final class QueueResumeCommand implements Command, FlagDeclaring {

    @Override
    public List<String> words() {
        return List.of("queue", "resume");
    }

    @Override
    public String summary() {
        return "finish unfinished uploads (never sends a file twice)";
    }

    @Override
    public String usage() {
        return "[--retry-failed] [--concurrency <n>]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("retry-failed");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        args.allowOnly(Set.of("retry-failed", "concurrency"));
        try (UploadSession session = new UploadSession(context, Concurrency.of(args), "xraydesk queue resume")) {
            UploadQueue queue = session.queue();
            boolean retryFailed = args.flag("retry-failed");
            Set<UUID> ids = new LinkedHashSet<>();
            for (UploadStatus status : queue.unfinished()) {
                if (status.state() != UploadState.FAILED) {
                    ids.add(status.id());
                } else if (retryFailed && queue.retry(status.id())) {
                    ids.add(status.id());
                }
            }
            int resumed = queue.resumeUnfinished();
            if (!context.json()) {
                context.out().println(Messages.get("queue.cli.resumed", resumed));
            }
            session.awaitFinished();
            return session.report(session.items(ids), List.of());
        }
    }
}
