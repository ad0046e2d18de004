package io.xraydesk.reliability;

import io.xraydesk.api.MalformedResponseException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bad-input cases for what a server may answer, read through the real client over loopback HTTP:
 * unknown values kept verbatim, a 50 MB report read, pathological nesting refused clearly.
 */
final class ServerAnswerCases {

    /** The token the corpus's client sends: no message may show it. */
    static final String TOKEN = "corpus-token-5b1e";
    private static final String REQUEST_ID = "6413297aad6e59418e774900";
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private ServerAnswerCases() {
    }

    static List<BadInputCase> all(LoopbackServer server, OctoberClient client) {
        server.json("/requests/unknown-status", "{\"request\":{\"id\":\"" + REQUEST_ID
                + "\",\"code\":{\"type\":\"siren\",\"id\":\"514673987\"},\"status\":\"frozen_by_regulator\","
                + "\"stage\":\"9.7\",\"createdAt\":\"2026-01-15T10:00:00Z\"}}");
        server.json("/reports", "{\"reports\":[{\"id\":\"r1\",\"request\":\"" + REQUEST_ID
                + "\",\"source\":\"crystal_ball\",\"score\":\"Z\",\"data\":{\"anything\":[1,2]}}]}");
        server.json("/requests/deep", "{\"request\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}");
        server.json("/reports/deep-data", "{\"report\":{\"id\":\"r2\",\"source\":\"financial\",\"data\":"
                + "[".repeat(5_000) + "]".repeat(5_000) + "}}");
        server.handle("/reports/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                writeHugeReport(out);
            }
        });
        return List.of(
                new BadInputCase("server", "unknown request status kept verbatim", () -> {
                    AnalysisRequest r = client.getRequest("unknown-status");
                    return Verdict.check("frozen_by_regulator".equals(r.status()), "status " + r.status());
                }),
                new BadInputCase("server", "unknown stage kept verbatim", () -> {
                    AnalysisRequest r = client.getRequest("unknown-status");
                    return Verdict.check("9.7".equals(r.stage()), "stage " + r.stage());
                }),
                new BadInputCase("server", "unknown report source kept verbatim", () -> {
                    Report r = client.listReports(REQUEST_ID, null).get(0);
                    return Verdict.check("crystal_ball".equals(r.source()) && "Z".equals(r.score()),
                            "source " + r.source() + ", score " + r.score());
                }),
                new BadInputCase("server", "50 MB report", () -> {
                    long start = System.nanoTime();
                    Report r = client.getReport("huge");
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    return Verdict.check("huge".equals(r.id()) && r.data().path("rows").size() > 100_000,
                            "read " + r.data().path("rows").size() + " rows in " + millis + " ms");
                }),
                malformed("JSON nested 5,000 deep", () -> client.getRequest("deep")),
                malformed("report data nested 5,000 deep", () -> client.getReport("deep-data")));
    }

    private static BadInputCase malformed(String label, Runnable call) {
        return new BadInputCase("server", label, () -> {
            try {
                call.run();
                return Verdict.no("accepted");
            } catch (MalformedResponseException clear) {
                String problem = ClearMessages.problemOf(clear.getMessage(), List.of(TOKEN));
                return problem == null ? Verdict.yes("refused: " + clear.getMessage()) : Verdict.no(problem);
            }
        });
    }

    private static void writeHugeReport(OutputStream out) throws IOException {
        out.write(("{\"report\":{\"id\":\"huge\",\"request\":\"" + REQUEST_ID
                + "\",\"source\":\"bank\",\"score\":\"B\",\"data\":{\"rows\":[").getBytes(StandardCharsets.US_ASCII));
        byte[] row = ("{\"label\":\"" + "x".repeat(80) + "\",\"amount\":1234.56},").getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        while (written < FIFTY_MB) {
            out.write(row);
            written += row.length;
        }
        out.write("{\"label\":\"last\",\"amount\":0}]}}}".getBytes(StandardCharsets.US_ASCII));
    }
}
