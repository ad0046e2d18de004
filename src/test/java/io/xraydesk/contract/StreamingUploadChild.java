package io.xraydesk.contract;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.testing.SandboxControl;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link StreamingUploadTest} in a JVM with a heap far smaller than the file: generates the
 * file, uploads it through {@code S3Uploader} to an in-process sandbox, and prints the SHA-256 of the
 * file and the one the sandbox stored. A buffered body would end in an OutOfMemoryError instead.
 */
public final class StreamingUploadChild {

    private StreamingUploadChild() {
    }

    /** Arguments: folder for the file, size in bytes. */
    public static void main(String[] args) throws Exception {
        Path file = BigFiles.write(Path.of(args[0]).resolve("big.pdf"), Long.parseLong(args[1]), 42);
        long size = Files.size(file);
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder().maxUploadBytes(size).build())) {
            SandboxControl control = new SandboxControl(sandbox);
            OctoberClient client = control.client(RetryPolicy.none());
            String requestId = client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
            MediumDraft draft = client.createMedium(new NewMedium("bank_statement", requestId,
                    new MediumMeta("big.pdf", null, null), "application/pdf", size));
            control.uploader(RetryPolicy.none()).upload(draft.upload(), file, "application/pdf", null, null);
            String stored = control.state().path("requests").get(0).path("media").get(0).path("object")
                    .path("sha256").asText();
            System.out.println("local " + TestPdfs.sha256(file));
            System.out.println("stored " + stored);
        }
    }
}
