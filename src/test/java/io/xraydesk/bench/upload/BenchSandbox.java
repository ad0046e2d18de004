package io.xraydesk.bench.upload;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.bench.SandboxProcess;
import io.xraydesk.sandbox.SandboxConfig;
import java.io.IOException;
import java.util.List;

/**
 * The sandbox in a JVM of its own, as the API and S3 are on other machines for the application:
 * what this JVM measures (the JavaFX thread's pulses, the heap) is the client's alone, without the
 * sandbox's own threads, garbage and collections in it. It still shares this machine's cores.
 */
final class BenchSandbox implements AutoCloseable {

    final OctoberClient client;
    final S3Uploader uploader;
    private final SandboxProcess process;

    /** @param s3BytesPerSecond the storage's uplink, all uploads together; 0 for loopback speed */
    BenchSandbox(long s3BytesPerSecond) throws IOException {
        process = new SandboxProcess(SandboxConfig.DEFAULT_MAX_UPLOAD_BYTES, s3BytesPerSecond);
        client = process.control().client(RetryPolicy.defaults());
        uploader = process.control().uploader(RetryPolicy.defaults());
    }

    String createRequest() {
        return client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
    }

    List<String> onlineSha256(String requestId) {
        return process.control().onlineSha256(requestId);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
