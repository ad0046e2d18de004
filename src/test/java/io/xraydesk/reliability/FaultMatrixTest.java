package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.MalformedResponseException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.ServerException;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.WebhookSetting;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint the client uses, and the S3 upload, against every fault the sandbox can inject, over
 * real HTTP. The expected outcome of each cell is written down in {@link #EXPECTED}; the test runs
 * every cell on a fresh sandbox, checks it, prints the matrix and the figure
 * {@code fault-matrix: <passed>/<total> cells passed}, and fails if any cell differs.
 *
 * <p>Faults the server cannot have survived in reality are injected <em>after</em> the call was
 * handled (the work is done, only the answer is lost or spoiled): that is where a careless retry of a
 * POST would create a duplicate. 503 with {@code Retry-After}, 429 and a cut request body mean the
 * server did not process the call, so they strike before it.
 */
class FaultMatrixTest {

    /** The columns. */
    enum Fault {
        S500("500", "status500", true, null),
        S502("502", "status502", true, null),
        S503("503+RA", "status503", false, 1),
        S429("429", "status429", false, 1),
        TIMEOUT("timeout", "hang", true, null),
        RESET("reset-mid-body", "reset_mid_body", false, null),
        TRUNCATED("truncated", "truncated", true, null),
        MALFORMED("malformed", "malformed", true, null),
        SHAPE("bad-shape", "unexpected_shape", true, null),
        REVOKED("401-revoked", null, false, null);

        final String label;
        final String wireKind;
        final boolean afterHandling;
        final Integer retryAfter;

        Fault(String label, String wireKind, boolean afterHandling, Integer retryAfter) {
            this.label = label;
            this.wireKind = wireKind;
            this.afterHandling = afterHandling;
            this.retryAfter = retryAfter;
        }
    }

    /**
     * The expected outcomes, row by row in {@link Fault} order. {@code R<n>}: recovered, the call
     * succeeded at attempt n. Otherwise the exception the caller gets, after one attempt: {@code Server}
     * ({@link ServerException}), {@code Unknown} ({@link OutcomeUnknownException}: the POST may have
     * been applied, never repeated blindly), {@code Malformed} ({@link MalformedResponseException}),
     * {@code Auth} ({@link AuthenticationException}).
     */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        //                                    500     502     503+RA 429  timeout  reset    truncated malformed  bad-shape  401
        EXPECTED.put("POST /requests",       "Server  Server  R2     R2   Unknown  Unknown  Unknown   Malformed  Malformed  Auth");
        EXPECTED.put("GET /requests/{id}",   "R2      R2      R2     R2   R2       R1       R2        Malformed  Malformed  Auth");
        EXPECTED.put("POST /requests/{id}",  "Server  Server  R2     R2   Unknown  Unknown  Unknown   Malformed  Malformed  Auth");
        EXPECTED.put("POST /media",          "Server  Server  R2     R2   Unknown  Unknown  Unknown   Malformed  Malformed  Auth");
        // A finalise answered 2xx with no readable medium was applied: the medium is read back (E10).
        EXPECTED.put("POST /media/{id}",     "Server  Server  R2     R2   Unknown  Unknown  Unknown   R1         R1         Auth");
        EXPECTED.put("GET /media/{id}",      "R2      R2      R2     R2   R2       R1       R2        Malformed  Malformed  Auth");
        EXPECTED.put("GET /reports",         "R2      R2      R2     R2   R2       R1       R2        Malformed  Malformed  Auth");
        EXPECTED.put("GET /reports/{id}",    "R2      R2      R2     R2   R2       R1       R2        Malformed  Malformed  Auth");
        EXPECTED.put("GET /businesses/{id}", "R2      R2      R2     R2   R2       R1       R2        Malformed  Malformed  Auth");
        EXPECTED.put("POST /businesses/{id}","Server  Server  R2     R2   Unknown  Unknown  Unknown   Malformed  Malformed  Auth");
        // A GET whose connection closes before any answer is resent by the JDK client itself, once,
        // inside attempt 1 (idempotent requests only); POSTs are never resent that way.
        // S3 ignores the body of a 2xx, and a presigned upload does not depend on the session token.
        EXPECTED.put("S3 upload (POST form)","R2      R2      R2     R2   R2       R2       R2        R1         R1         R1");
    }

    private static final Map<String, Class<? extends OctoberException>> ERRORS = Map.of(
            "Server", ServerException.class,
            "Unknown", OutcomeUnknownException.class,
            "Malformed", MalformedResponseException.class,
            "Auth", AuthenticationException.class);

    @TempDir
    Path dir;

    @Test
    void everyCellEndsAsWrittenDown() throws Exception {
        List<MatrixCall> calls = MatrixCall.all();
        assertEquals(List.copyOf(EXPECTED.keySet()), calls.stream().map(MatrixCall::label).toList(),
                "the table and the calls list the same rows");
        Map<String, Map<Fault, CellResult>> results = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (MatrixCall call : calls) {
            String[] row = EXPECTED.get(call.label()).trim().split("\\s+");
            Map<Fault, CellResult> rowResults = new LinkedHashMap<>();
            for (Fault fault : Fault.values()) {
                CellResult result = runCell(call, fault, row[fault.ordinal()]);
                rowResults.put(fault, result);
                if (!result.passed()) {
                    failures.add(call.label() + " × " + fault.label + ": " + result.problem());
                }
            }
            results.put(call.label(), rowResults);
        }
        int total = calls.size() * Fault.values().length;
        System.out.println(MatrixTable.render(results));
        failures.forEach(f -> System.out.println("  ✗ " + f));
        System.out.println("fault-matrix: " + (total - failures.size()) + "/" + total + " cells passed");
        assertEquals(List.of(), failures);
    }

    private CellResult runCell(MatrixCall call, Fault fault, String expected) throws IOException {
        Path cellDir = java.nio.file.Files.createTempDirectory(dir, "cell");
        try (SandboxWorld world = new SandboxWorld()) {
            MatrixCall.Prepared prepared = call.prepare(world, cellDir);
            world.sleeper.forget();
            if (fault == Fault.REVOKED) {
                world.revokeToken();
            } else {
                world.arm(call.onS3(), call.method(), call.pathGlob(), fault.wireKind, fault.afterHandling,
                        fault.retryAfter);
            }
            RuntimeException failure = null;
            try {
                prepared.run();
            } catch (RuntimeException e) {
                failure = e;
            }
            int attempts = world.sleeper.sleeps().size() + 1;
            String problem = CellCheck.outcome(expected, ERRORS, failure, attempts, world);
            if (problem == null && failure == null && fault.retryAfter != null) {
                problem = CellCheck.waitedAtLeast(world.sleeper.sleeps(), Duration.ofSeconds(fault.retryAfter));
            }
            if (problem == null) {
                problem = prepared.invariant(failure == null || fault.afterHandling);
            }
            return new CellResult(failure == null ? "ok@" + attempts : failure.getClass().getSimpleName()
                    .replace("Exception", "") + "@" + attempts, problem);
        }
    }

    /** What a cell ended as, and the reason it failed (null when it passed). */
    record CellResult(String outcome, String problem) {
        boolean passed() {
            return problem == null;
        }
    }

    /** Call bodies used by the rows. */
    static RequestNotes notes() {
        return new RequestNotes(Boolean.FALSE, 12, null, new BigDecimal("1250000"), null, null);
    }

    static List<WebhookSetting> webhooks() {
        return List.of(new WebhookSetting("http://127.0.0.1:9/hook", List.of(WebhookSetting.EVENT_NEW_REPORT), null));
    }
}
