package io.xraydesk.bench.upload;

import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.bench.CurlForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference: the same three steps per file as the queue, the transfer by {@link CurlForm},
 * {@code concurrency} files at once.
 */
final class CurlUploads {

    private CurlUploads() {
    }

    static void sendAll(BenchSandbox sandbox, String requestId, List<Path> files, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Path file : files) {
                sent.add(pool.submit(() -> {
                    MediumDraft draft = sandbox.client.createMedium(new NewMedium("other", requestId,
                            new MediumMeta(file.getFileName().toString(), null, null), "image/png",
                            Files.size(file)));
                    CurlForm.upload(draft.upload(), file, "image/png");
                    sandbox.client.finaliseMedium(draft.medium().id(), MediumFinalisation.online(null, null));
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
