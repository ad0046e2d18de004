package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The sandbox's own control surface under {@code /_sandbox/} — not part of the October API, no
 * October headers needed, loopback callers only: faults, time travel, token revocation, state dump.
 *
 * <p>A web page open in the analyst's browser can send requests to 127.0.0.1 too. So a control call
 * must carry {@link SandboxServer#CONTROL_HEADER} (a browser sends a custom header cross-site only
 * after a preflight, which nothing here answers), name a loopback {@code Host} (a rebound DNS name
 * pointing at 127.0.0.1 still carries its own name) and carry no {@code Origin} (sent by browsers
 * with cross-site and scripted requests, never by the tools that drive the sandbox).
 */
record ControlEndpoint(SandboxState state, SandboxClock clock, AnalysisEngine engine, FaultInjector faults) {

    static final String PREFIX = "/_sandbox/";
    private static final Pattern LOOPBACK_HOST =
            Pattern.compile("(?i)(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d{1,5})?");

    void handle(HttpExchange ex) throws IOException {
        requireLocalTool(ex);
        String route = ex.getRequestMethod() + " " + ex.getRequestURI().getPath().substring(PREFIX.length() - 1);
        switch (route) {
            case "POST /faults", "DELETE /faults" -> faults.handleControl(ex);
            case "POST /advance" -> advance(ex);
            case "POST /outcomes" -> orderOutcome(ex);
            case "POST /revoke" -> revoke(ex);
            case "GET /state" -> Exchanges.sendJson(ex, 200, snapshot());
            default -> throw new ApiError(404, "not_found", "Unknown sandbox control call " + route);
        }
    }

    /** Refuses a control call that a browser could have sent (see the class comment). */
    static void requireLocalTool(HttpExchange ex) {
        if (!ex.getRemoteAddress().getAddress().isLoopbackAddress()) {
            throw new ApiError(403, "forbidden", "Sandbox control endpoints answer loopback callers only");
        }
        if (!"1".equals(ex.getRequestHeaders().getFirst(SandboxServer.CONTROL_HEADER))) {
            throw new ApiError(403, "forbidden", "Sandbox control calls need the header "
                    + SandboxServer.CONTROL_HEADER + ": 1");
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !LOOPBACK_HOST.matcher(host.strip()).matches()) {
            throw new ApiError(403, "forbidden", "Sandbox control calls must be addressed to 127.0.0.1, localhost"
                    + " or [::1]");
        }
        if (ex.getRequestHeaders().containsKey("Origin")) {
            throw new ApiError(403, "forbidden", "Sandbox control calls are refused from web pages (Origin header)");
        }
    }

    private void advance(HttpExchange ex) throws IOException {
        JsonNode seconds = Exchanges.readJson(ex).path("seconds");
        if (!seconds.isNumber() || seconds.asDouble() < 0) {
            throw ApiError.badRequest("invalid_body", "Send {\"seconds\": N} with N ≥ 0", "seconds");
        }
        clock.advance(Duration.ofMillis((long) (seconds.asDouble() * 1000)));
        engine.runDue();
        Exchanges.sendJson(ex, 200, java.util.Map.of("now", clock.now().toString()));
    }

    private void orderOutcome(HttpExchange ex) throws IOException {
        JsonNode body = Exchanges.readJson(ex);
        String requestId = body.path("request").asText("");
        state.request(requestId).orElseThrow(() -> ApiError.notFound("Request", requestId));
        Source source = Source.fromWire(body.path("source").asText("")).orElseThrow(() -> ApiError.badRequest(
                "invalid_source", "source must be doc, bank, financial, esg or manager", "source"));
        ReportOutcomes.Outcome outcome = ReportOutcomes.Outcome.parse(body.path("outcome").asText(""))
                .orElseThrow(() -> ApiError.badRequest("invalid_outcome",
                        "outcome must be rated, not_rated or failed", "outcome"));
        engine.orderOutcome(requestId, source, outcome);
        Exchanges.sendEmpty(ex, 204);
    }

    private void revoke(HttpExchange ex) throws IOException {
        String userId = Exchanges.readJson(ex).path("userId").asText("");
        if (!state.revoke(userId)) {
            throw ApiError.notFound("User", userId);
        }
        Exchanges.sendEmpty(ex, 204);
    }

    private ObjectNode snapshot() {
        ObjectNode root = WireJson.mapper().createObjectNode();
        ArrayNode requests = root.putArray("requests");
        synchronized (state) {
            for (RequestRecord r : state.requests()) {
                ObjectNode rn = requests.addObject();
                rn.put("id", r.id).put("code", r.code.toString()).put("status", r.progress.status())
                        .put("stage", r.progress.stage()).put("businessName", r.businessName);
                ArrayNode media = rn.putArray("media");
                for (String mediumId : r.mediumIds) {
                    MediumRecord m = state.medium(mediumId).orElseThrow();
                    ObjectNode mn = media.addObject().put("id", m.id).put("name", m.category.wire())
                            .put("status", m.status);
                    mn.set("meta", WireJson.mapper().valueToTree(m.meta));
                    state.object(m.key).ifPresentOrElse(o -> mn.putObject("object").put("key", o.key())
                            .put("size", o.size()).put("sha256", o.sha256()), () -> mn.putNull("object"));
                }
                ArrayNode reports = rn.putArray("reports");
                for (Report rep : state.reportsOf(r.id, null)) {
                    reports.addObject().put("id", rep.id()).put("source", rep.source()).put("score", rep.score());
                }
            }
        }
        root.set("counters", WireJson.mapper().valueToTree(state.counters.snapshot()));
        root.set("webhookDeliveries", WireJson.mapper().valueToTree(state.deliveries()));
        root.put("now", clock.now().toString());
        return root;
    }
}
