package io.xraydesk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.model.Source;
import java.io.IOException;
import java.util.Map;

/** {@code GET /reports?request=…&source=…} (oldest first, no pagination) and {@code GET /reports/{id}}. */
final class ReportsEndpoint {

    private final SandboxState state;

    ReportsEndpoint(SandboxState state) {
        this.state = state;
    }

    void list(HttpExchange ex) throws IOException {
        Map<String, String> query = Exchanges.query(ex);
        String requestId = query.get("request");
        if (requestId == null || requestId.isBlank()) {
            throw ApiError.badRequest("missing_parameter", "The request query parameter is required", "request");
        }
        String source = query.get("source");
        if (source != null && Source.fromWire(source).isEmpty()) {
            throw ApiError.badRequest("invalid_source", "Unknown source \"" + source
                    + "\": use doc, bank, financial, esg or manager", "source");
        }
        state.request(requestId).orElseThrow(() -> ApiError.notFound("Request", requestId));
        Exchanges.sendWrapped(ex, 200, "reports", state.reportsOf(requestId, source));
    }

    void get(HttpExchange ex, String id) throws IOException {
        Exchanges.sendWrapped(ex, 200, "report", state.report(id).orElseThrow(() -> ApiError.notFound("Report", id)));
    }
}
