package io.xraydesk.bench;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox started by the {@code sandbox} command in its own JVM, so that what the benchmark
 * measures in this JVM (time, heap) is the client's alone.
 */
public final class SandboxProcess implements AutoCloseable {

    private static final String LISTENING = "Sandbox API listening on ";
    private static final String S3 = "S3 endpoint: ";

    private final Process process;
    private final SandboxControl control;

    public SandboxProcess(long maxUploadBytes) throws IOException {
        this(maxUploadBytes, 0);
    }

    /** @param s3BytesPerSecond the pace of the storage's uplink, all uploads together; 0 for none */
    public SandboxProcess(long maxUploadBytes, long s3BytesPerSecond) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.xraydesk.Main",
                "sandbox", "--port", "0", "--max-upload-bytes", String.valueOf(maxUploadBytes),
                "--s3-bytes-per-second", String.valueOf(s3BytesPerSecond))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI api = URI.create(after(LISTENING, out.readLine()));
        URI s3 = URI.create(after(S3, out.readLine()));
        control = new SandboxControl(api, s3,
                ApiCredentials.of(api, SandboxConfig.DEMO_USER_ID, SandboxConfig.DEMO_TOKEN));
    }

    public SandboxControl control() {
        return control;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private String after(String prefix, String line) {
        if (line == null || !line.startsWith(prefix)) {
            process.destroyForcibly();
            throw new IllegalStateException("the sandbox did not start: " + line);
        }
        return line.substring(prefix.length());
    }
}
