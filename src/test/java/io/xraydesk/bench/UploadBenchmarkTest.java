package io.xraydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.UploadTarget;
import io.xraydesk.contract.BigFiles;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.contract.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upload throughput of {@code S3Uploader} against {@code curl -F} with the same signed form fields and
 * the same 200 MB file, alternating runs against one sandbox in its own JVM; then the heap this JVM
 * needed for one upload. Prints {@code bench: <name> <value> <unit> (<details>)} lines.
 * Run with {@code ./mvnw -B -Pbench verify}.
 */
@Tag("bench")
class UploadBenchmarkTest {

    private static final long SIZE = 200L * 1024 * 1024;
    private static final int RUNS = 5;
    private static final double MIB = 1024.0 * 1024.0;

    @TempDir
    Path dir;

    @Test
    void clientUploadAgainstCurl() throws Exception {
        Path file = BigFiles.write(dir.resolve("big.pdf"), SIZE, 7);
        try (SandboxProcess sandbox = new SandboxProcess(SIZE)) {
            SandboxControl control = sandbox.control();
            OctoberClient client = control.client(RetryPolicy.none());
            S3Uploader uploader = control.uploader(RetryPolicy.none());
            String requestId = client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();

            // One warm-up each, so neither side pays for class loading or a cold page cache.
            uploader.upload(target(client, requestId), file, "application/pdf", null, null);
            CurlForm.upload(target(client, requestId), file, "application/pdf");

            List<Double> clientRates = new ArrayList<>();
            List<Double> curlRates = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                UploadTarget forClient = target(client, requestId);
                long start = System.nanoTime();
                uploader.upload(forClient, file, "application/pdf", null, null);
                clientRates.add(rate(start));

                UploadTarget forCurl = target(client, requestId);
                start = System.nanoTime();
                CurlForm.upload(forCurl, file, "application/pdf");
                curlRates.add(rate(start));
            }

            UploadTarget measured = target(client, requestId);
            HeapSampler.Figures heap = HeapSampler.around(
                    () -> uploader.upload(measured, file, "application/pdf", null, null));

            String sha = TestPdfs.sha256(file);
            control.state().path("requests").get(0).path("media").forEach(medium -> assertEquals(sha,
                    medium.path("object").path("sha256").asText(), "every upload stored the same bytes"));

            double clientMedian = Samples.median(clientRates);
            double curlMedian = Samples.median(curlRates);
            String fileDetail = (SIZE / (1024 * 1024)) + " MiB file, loopback, sandbox in its own JVM";
            print("upload.client", clientMedian, "MiB/s", "median of " + RUNS + " " + list(clientRates) + "; "
                    + fileDetail);
            print("upload.curl", curlMedian, "MiB/s", "median of " + RUNS + " " + list(curlRates) + "; curl -F, same"
                    + " signed fields");
            print("upload.ratio", clientMedian / curlMedian, "client/curl", "goal >= 0.9");
            print("upload.heap.retained", heap.retainedBytes() / MIB, "MiB",
                    "used heap after full GCs, after minus before one upload of the " + fileDetail);
            print("upload.heap.peak", heap.peakAboveBaselineBytes() / MIB, "MiB",
                    "highest used heap sampled every 2 ms above the " + String.format(Locale.ROOT, "%.1f",
                            heap.baselineBytes() / MIB) + " MiB baseline, uncollected garbage included; max heap "
                            + String.format(Locale.ROOT, "%.0f", Runtime.getRuntime().maxMemory() / MIB) + " MiB");
        }
    }

    private static UploadTarget target(OctoberClient client, String requestId) {
        return client.createMedium(new NewMedium("bank_statement", requestId, new MediumMeta("big.pdf", null, null),
                "application/pdf", SIZE)).upload();
    }

    private static double rate(long startNanos) {
        return SIZE / MIB / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static String list(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).collect(Collectors.joining(", ", "[",
                "]"));
    }

    private static void print(String name, double value, String unit, String details) {
        System.out.println(String.format(Locale.ROOT, "bench: %s %.2f %s (%s)", name, value, unit, details));
    }
}
