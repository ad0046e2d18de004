package io.xraydesk.core.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.BoundedBody;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.session.Session;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Looks a SIREN up in the French government's public company search ({@code
 * recherche-entreprises.api.gouv.fr}, {@code GET <base>/search?q=<siren>}), which the sandbox
 * emulates. A third-party host: the call carries no October header (no token, no user id), only
 * the proxy, trust and User-Agent of the session's connection settings, and it gives up quickly
 * because it only decorates the form.
 */
public final class CompanyLookup {

    /** The form must not wait for a slow registry: after this the analyst simply types the name. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(4);
    /** The search answers a few kilobytes; anything far bigger is not its answer. */
    private static final int MAX_BODY_CHARS = 512 * 1024;
    /** Only the status of a failed search is shown. */
    private static final int MAX_ERROR_BYTES = 4096;
    private static final String CLOSED = "C";

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final String userAgent;

    public CompanyLookup(HttpClient http, URI base, Duration timeout, String userAgent) {
        this.http = Objects.requireNonNull(http, "http");
        this.base = Objects.requireNonNull(base, "base");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    /**
     * The lookup of a signed-in session, when its environment has the lookup turned on. It gets its
     * own HTTP client built from the session's connection settings rather than the API's client
     * object, so nothing configured for the API (such as future default headers) can leak to this host.
     */
    public static Optional<CompanyLookup> forSession(Session session) {
        return session.companyLookupBase().map(base -> new CompanyLookup(
                HttpClientFactory.create(session.connection()), base, DEFAULT_TIMEOUT,
                session.connection().userAgent()));
    }

    /**
     * The company registered under {@code siren} (9 digits), or empty when the search finds none.
     * Interrupting the calling thread abandons the call.
     *
     * @throws CompanyLookupException when the search cannot answer in time or answers something unreadable
     * @throws InterruptedException when cancelled
     */
    public Optional<CompanyFacts> find(String siren) throws CompanyLookupException, InterruptedException {
        if (siren == null || !siren.matches("\\d{9}")) {
            throw new IllegalArgumentException("a SIREN of 9 digits is expected");
        }
        HttpRequest request = HttpRequest.newBuilder(searchUri(siren))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .GET()
                .build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            throw new CompanyLookupException(host() + " answered HTTP " + response.statusCode());
        }
        return parse(siren, new String(response.body(), StandardCharsets.UTF_8));
    }

    private URI searchUri(String siren) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + "search?q=" + URLEncoder.encode(siren, StandardCharsets.UTF_8));
    }

    /**
     * Asynchronous underneath so that a cancelled lookup also abandons the HTTP exchange. The whole
     * exchange, body included, is bounded in time and in size: the request timeout alone stops at the
     * headers, and a search result is a few kilobytes.
     */
    private HttpResponse<byte[]> send(HttpRequest request) throws CompanyLookupException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> call =
                http.sendAsync(request, BoundedBody.handler(MAX_BODY_CHARS, MAX_ERROR_BYTES));
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stalled) {
            call.cancel(true);
            throw new CompanyLookupException(host() + " did not answer within " + timeout.toSeconds() + " s", stalled);
        } catch (InterruptedException cancelled) {
            call.cancel(true);
            throw cancelled;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof BoundedBody.TooLargeException) {
                throw new CompanyLookupException(host() + " answered something that is not a company search result",
                        cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new CompanyLookupException(host() + " did not answer within " + timeout.toSeconds() + " s", cause);
            }
            String reason = cause instanceof IOException && cause.getMessage() != null
                    ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new CompanyLookupException(host() + " could not be reached: " + reason, cause);
        }
    }

    private Optional<CompanyFacts> parse(String siren, String body) throws CompanyLookupException {
        if (body == null || body.length() > MAX_BODY_CHARS) {
            throw new CompanyLookupException(host() + " answered something that is not a company search result");
        }
        JsonNode root;
        try {
            root = WireJson.mapper().readTree(body);
        } catch (IOException unreadable) {
            throw new CompanyLookupException(host() + " answered something that is not JSON", unreadable);
        }
        JsonNode results = root == null ? null : root.get("results");
        if (results == null || !results.isArray()) {
            throw new CompanyLookupException(host() + " answered without a list of results");
        }
        if (results.isEmpty()) {
            return Optional.empty();
        }
        JsonNode first = results.get(0);
        String name = text(first.get("nom_complet"));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompanyFacts(siren, name, address(first.get("siege")),
                text(first.get("activite_principale")), CLOSED.equals(text(first.get("etat_administratif")))));
    }

    /** The head office's one-line address, or its postcode and town when the line is missing. */
    private static String address(JsonNode siege) {
        if (siege == null || !siege.isObject()) {
            return "";
        }
        String line = text(siege.get("adresse"));
        if (!line.isEmpty()) {
            return line;
        }
        return (text(siege.get("code_postal")) + " " + text(siege.get("libelle_commune"))).strip();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText("").strip();
    }

    private String host() {
        return base.getHost() == null ? "the company search" : base.getHost();
    }
}
