package io.xraydesk.reliability;

import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Report;
import io.xraydesk.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One row of the fault matrix: the call, the method and path glob a fault is armed on, and how to
 * set up the sandbox so the call can succeed — plus the store-level invariant checked afterwards
 * (no duplicate request or medium, no lost or doubled object).
 */
record MatrixCall(String label, boolean onS3, String method, String pathGlob, Preparer preparer) {

    /**
     * The call ready to run, and what must hold after it (null = holds, else the problem).
     * {@code workDone}: the call succeeded, or the fault struck after the server had handled it — then
     * exactly one resource must exist, otherwise none or one, never two.
     */
    interface Prepared {
        void run();

        default String invariant(boolean workDone) {
            return null;
        }
    }

    @FunctionalInterface
    interface Preparer {
        Prepared prepare(SandboxWorld world, Path dir) throws IOException;
    }

    Prepared prepare(SandboxWorld world, Path dir) throws IOException {
        return preparer.prepare(world, dir);
    }

    static List<MatrixCall> all() {
        return List.of(
                new MatrixCall("POST /requests", false, "POST", "/requests", MatrixCall::createRequest),
                new MatrixCall("GET /requests/{id}", false, "GET", "/requests/*", (w, d) -> {
                    String id = w.createRequest();
                    return () -> w.client.getRequest(id);
                }),
                new MatrixCall("POST /requests/{id}", false, "POST", "/requests/*", (w, d) -> {
                    String id = w.createRequest();
                    return () -> w.client.updateRequestNotes(id, FaultMatrixTest.notes());
                }),
                new MatrixCall("POST /media", false, "POST", "/media", MatrixCall::createMedium),
                new MatrixCall("POST /media/{id}", false, "POST", "/media/*", (w, d) -> {
                    String mediumId = uploadedDraft(w, d).medium().id();
                    return () -> w.finalise(mediumId);
                }),
                new MatrixCall("GET /media/{id}", false, "GET", "/media/*", (w, d) -> {
                    String mediumId = uploadedDraft(w, d).medium().id();
                    return () -> w.client.getMedium(mediumId);
                }),
                new MatrixCall("GET /reports", false, "GET", "/reports", (w, d) -> {
                    String id = requestWithReports(w);
                    return () -> w.client.listReports(id, null);
                }),
                new MatrixCall("GET /reports/{id}", false, "GET", "/reports/*", (w, d) -> {
                    Report report = w.client.listReports(requestWithReports(w), null).get(0);
                    return () -> w.client.getReport(report.id());
                }),
                new MatrixCall("GET /businesses/{id}", false, "GET", "/businesses/*",
                        (w, d) -> () -> w.client.getBusiness(SandboxConfig.DEMO_BUSINESS_ID)),
                new MatrixCall("POST /businesses/{id}", false, "POST", "/businesses/*",
                        (w, d) -> () -> w.client.updateWebhooks(SandboxConfig.DEMO_BUSINESS_ID, FaultMatrixTest.webhooks())),
                new MatrixCall("S3 upload (POST form)", true, "POST", "/**", MatrixCall::s3Upload));
    }

    /** The sandbox must end with exactly one request when the work was done, at most one otherwise. */
    private static Prepared createRequest(SandboxWorld world, Path dir) {
        return new Prepared() {
            @Override
            public void run() {
                world.client.createRequest(NewRequest.of(CompanyCode.siren(SandboxWorld.SIREN)));
            }

            @Override
            public String invariant(boolean workDone) {
                return atMostOne("requests", world.requestCount(), workDone);
            }
        };
    }

    private static Prepared createMedium(SandboxWorld world, Path dir) throws IOException {
        String requestId = world.createRequest();
        Path file = SandboxWorld.pdf(dir, "statement.pdf", 4096, 1);
        return new Prepared() {
            @Override
            public void run() {
                try {
                    world.createMedium(requestId, file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public String invariant(boolean workDone) {
                return atMostOne("media", world.mediumCount(), workDone);
            }
        };
    }

    /** After the upload call: the file is stored exactly once when it succeeded, never twice. */
    private static Prepared s3Upload(SandboxWorld world, Path dir) throws IOException {
        Path file = SandboxWorld.pdf(dir, "balance.pdf", 256 * 1024, 2);
        MediumDraft draft = world.createMedium(world.createRequest(), file);
        String sha = SandboxWorld.sha256(file);
        return new Prepared() {
            @Override
            public void run() {
                world.upload(draft, file);
            }

            @Override
            public String invariant(boolean workDone) {
                return atMostOne("stored copies of the file", world.objectsWithSha(sha), workDone);
            }
        };
    }

    private static MediumDraft uploadedDraft(SandboxWorld world, Path dir) throws IOException {
        Path file = SandboxWorld.pdf(dir, "accounts.pdf", 8192, 3);
        MediumDraft draft = world.createMedium(world.createRequest(), file);
        world.upload(draft, file);
        return draft;
    }

    /** A request old enough (in sandbox time) for its first X-Rays to have reported. */
    private static String requestWithReports(SandboxWorld world) {
        String id = world.createRequest();
        world.advance(600);
        return id;
    }

    private static String atMostOne(String what, int count, boolean workDone) {
        if (count > 1) {
            return "duplicate: " + count + " " + what;
        }
        if (workDone && count != 1) {
            return "lost: " + count + " " + what + " although the server did the work";
        }
        return null;
    }
}
