package io.xraydesk.bench.upload;

import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference: the same three steps per file as the queue, the transfer by {@code curl -F} with the
 * same signed form fields, {@code concurrency} files at once.
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
                    curl(draft, file);
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

    private static void curl(MediumDraft draft, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}"));
        for (Map.Entry<String, String> field : draft.upload().fieldsInOrder().entrySet()) {
            command.add("--form-string");
            command.add(field.getKey() + "=" + field.getValue());
        }
        command.add("-F");
        command.add("file=@" + file + ";type=image/png");
        command.add(draft.upload().url());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || !status.equals("204")) {
            throw new IllegalStateException("curl upload failed: " + status);
        }
    }
}
