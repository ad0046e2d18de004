package io.xraydesk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes the API server's calls: control and company look-up first (no October headers), then the
 * three-header check, then the October endpoints (docs/october-api.md, Endpoints).
 */
final class ApiRouter implements HttpHandler {

    private static final Pattern ID_PATH = Pattern.compile("^/(requests|request|media|reports|businesses)/([^/]+)$");

    private final ApiAuth auth;
    private final AnalysisEngine engine;
    private final RequestsEndpoint requests;
    private final MediaEndpoint media;
    private final ReportsEndpoint reports;
    private final BusinessesEndpoint businesses;
    private final CompanyRegistry lookup;
    private final ControlEndpoint control;

    ApiRouter(ApiAuth auth, AnalysisEngine engine, RequestsEndpoint requests, MediaEndpoint media,
            ReportsEndpoint reports, BusinessesEndpoint businesses, CompanyRegistry lookup, ControlEndpoint control) {
        this.auth = auth;
        this.engine = engine;
        this.requests = requests;
        this.media = media;
        this.reports = reports;
        this.businesses = businesses;
        this.lookup = lookup;
        this.control = control;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.startsWith(ControlEndpoint.PREFIX)) {
            control.handle(ex);
            return;
        }
        if (path.startsWith(CompanyRegistry.PREFIX + "/")) {
            lookup.handle(ex);
            return;
        }
        String userId = auth.authenticate(ex.getRequestHeaders());
        // Reports due by now are produced before answering, so a poll never lags behind the clock.
        engine.runDue();
        String method = ex.getRequestMethod();
        if (path.equals("/requests") && method.equals("POST")) {
            requests.create(ex, userId);
        } else if (path.equals("/media") && method.equals("POST")) {
            media.create(ex);
        } else if (path.equals("/reports") && method.equals("GET")) {
            reports.list(ex);
        } else {
            routeById(ex, method, path);
        }
    }

    private void routeById(HttpExchange ex, String method, String path) throws IOException {
        Matcher m = ID_PATH.matcher(path);
        if (!m.matches()) {
            throw new ApiError(404, "not_found", "No endpoint " + method + " " + path);
        }
        String id = m.group(2);
        switch (method + " " + m.group(1)) {
            case "GET requests", "GET request" -> requests.get(ex, id);
            case "POST requests", "POST request" -> requests.update(ex, id);
            case "GET media" -> media.get(ex, id);
            case "POST media" -> media.finalise(ex, id);
            case "GET reports" -> reports.get(ex, id);
            case "GET businesses" -> businesses.get(ex, id);
            case "POST businesses" -> businesses.update(ex, id);
            default -> throw new ApiError(405, "method_not_allowed", method + " is not allowed on " + path);
        }
    }
}
