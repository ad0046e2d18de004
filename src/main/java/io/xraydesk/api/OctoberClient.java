package io.xraydesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.xraydesk.api.log.Redactor;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Business;
import io.xraydesk.api.model.BusinessSettings;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Typed client of the October API (docs/october-api.md, Endpoints). Thread-safe; one instance per set of credentials.
 * Every call carries {@code userId}, {@code sessionToken} and {@code October-Version}; failures are
 * {@link OctoberException}s. GETs are retried under the {@link RetryPolicy}; POSTs only when the
 * server said it did not process them (see {@link RetryLoop}).
 */
public final class OctoberClient {

    /** Canonical collection path of requests (docs/october-api.md, Conventions). */
    static final String REQUESTS_PATH = "/requests/";
    /**
     * The singular alias seen in the versioning example (docs/october-api.md, Conventions, inferred), tried on a
     * missing route.
     */
    static final String REQUEST_ALIAS_PATH = "/request/";

    private final ApiCredentials credentials;
    private final HttpClient http;
    private final RetryPolicy retryPolicy;
    private final Duration requestTimeout;
    private final Duration callDeadline;
    private final AnswerLimits answerLimits;
    private final String userAgent;
    private final String base;
    private final AtomicReference<String> requestPath = new AtomicReference<>(REQUESTS_PATH);
    private volatile CallObserver observer = CallObserver.NONE;

    public OctoberClient(ApiCredentials credentials, HttpClient http, RetryPolicy retryPolicy) {
        this(credentials, http, retryPolicy, ConnectionSettings.defaults());
    }

    /** As above, taking the timeouts, answer limits and User-Agent from {@code settings}. */
    public OctoberClient(ApiCredentials credentials, HttpClient http, RetryPolicy retryPolicy,
            ConnectionSettings settings) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.requestTimeout = settings.requestTimeout();
        this.callDeadline = settings.callDeadline();
        this.answerLimits = settings.answerLimits();
        this.userAgent = settings.userAgent();
        String url = credentials.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        Redactor.registerSecret(credentials.sessionToken());
        Redactor.registerSecret(credentials.userId());
    }

    /** A client with its own {@link HttpClient} built by {@link HttpClientFactory} and default retries. */
    public static OctoberClient create(ApiCredentials credentials, ConnectionSettings settings) {
        return new OctoberClient(credentials, HttpClientFactory.create(settings), RetryPolicy.defaults(), settings);
    }

    public ApiCredentials credentials() {
        return credentials;
    }

    /** From now on every HTTP attempt of this client is reported to {@code observer} (replacing the previous one). */
    public void observeCalls(CallObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * E1 {@code POST /requests}. Throws {@link OutcomeUnknownException} when the request may have been
     * created although no answer arrived, and {@link CreatedUnreadableException} when the server
     * accepted it but its answer cannot be read: in both cases reconcile before creating again.
     */
    public AnalysisRequest createRequest(NewRequest request) {
        return createRequestAnswer(request).value();
    }

    /** As {@link #createRequest}, with the answer's JSON as sent. */
    public Answer<AnalysisRequest> createRequestAnswer(NewRequest request) {
        JsonBodies answer;
        try {
            answer = send("POST", "/requests", request, false);
        } catch (AnswerTooLargeException tooLarge) {
            // Only a 2xx answer is refused for its length (BoundedBody): the server took the request.
            throw new CreatedUnreadableException(tooLarge, CreatedId.find(tooLarge.start(), "request"));
        }
        try {
            return new Answer<>(answer.resource("request", AnalysisRequest.class), answer.tree());
        } catch (MalformedResponseException unreadable) {
            throw new CreatedUnreadableException(unreadable, CreatedId.find(answer.text(), "request"));
        }
    }

    /** E2 {@code GET /requests/{id}} (or the {@code /request/{id}} alias on servers that only have it). */
    public AnalysisRequest getRequest(String id) {
        return getRequestAnswer(id).value();
    }

    /** As {@link #getRequest}, with the answer's JSON as sent. */
    public Answer<AnalysisRequest> getRequestAnswer(String id) {
        JsonBodies answer = sendToRequest("GET", id, null);
        return new Answer<>(answer.resource("request", AnalysisRequest.class), answer.tree());
    }

    /**
     * E11 {@code POST /requests/{id}} with {@code {"notes":{…}}} (inferred endpoint, docs/october-api.md, Endpoints,
     * E11).
     */
    public AnalysisRequest updateRequestNotes(String id, RequestNotes notes) {
        Map<String, RequestNotes> body = Map.of("notes", Objects.requireNonNull(notes, "notes"));
        return sendToRequest("POST", id, body).resource("request", AnalysisRequest.class);
    }

    /** E3 {@code POST /media}: a medium in {@code draft} and where to upload its bytes. */
    public MediumDraft createMedium(NewMedium medium) {
        JsonBodies answer = send("POST", "/media", medium, false);
        return answer.convert(answer.mediumDraft(), MediumDraft.class);
    }

    /**
     * E5 {@code POST /media/{id}}, typically {@link MediumFinalisation#online}. The server accepted the
     * change once it answered 2xx; when that answer holds no medium (empty, or an acknowledgement such
     * as {@code {"success":true}}), the medium is read back with E10 instead of failing a file that
     * S3 and the API both took.
     */
    public Medium finaliseMedium(String mediumId, MediumFinalisation finalisation) {
        JsonBodies answer = send("POST", "/media/" + segment(mediumId), finalisation, false);
        if (!answer.holdsResource("medium")) {
            return getMedium(mediumId);
        }
        return answer.resource("medium", Medium.class);
    }

    /** E10 {@code GET /media/{id}} (inferred endpoint). */
    public Medium getMedium(String id) {
        return send("GET", "/media/" + segment(id), null, true).resource("medium", Medium.class);
    }

    /** E6 {@code GET /reports?request=…[&source=…]}; {@code source} null lists every X-Ray. */
    public ReportList listReports(String requestId, String source) {
        String query = "?request=" + queryValue(requestId) + (source == null ? "" : "&source=" + queryValue(source));
        return send("GET", "/reports" + query, null, true).reports();
    }

    /** E9 {@code GET /reports/{id}} (inferred endpoint). */
    public Report getReport(String id) {
        return send("GET", "/reports/" + segment(id), null, true).report();
    }

    /** E7 {@code GET /businesses/{id}}. */
    public Business getBusiness(String businessId) {
        return send("GET", "/businesses/" + segment(businessId), null, true).resource("business", Business.class);
    }

    /**
     * E8 {@code POST /businesses/{id}} with {@code {"settings":{"webhooks":[…]}}}: the complete list
     * replaces the current one — settings without {@code key} are new, omitted ones are deleted
     * (docs/october-api.md, Webhooks, open question OQ-21, inferred).
     */
    public Business updateWebhooks(String businessId, List<WebhookSetting> all) {
        Map<String, BusinessSettings> body = Map.of("settings", new BusinessSettings(all));
        return send("POST", "/businesses/" + segment(businessId), body, false).resource("business", Business.class);
    }

    /**
     * A call on {@code /requests/{id}}. When the server answers a route-level 404 (not an October JSON
     * error), the alias is tried once; if the alias route exists it is used from then on.
     */
    private JsonBodies sendToRequest(String method, String id, Object body) {
        String style = requestPath.get();
        try {
            return send(method, style + segment(id), body, method.equals("GET"));
        } catch (MissingRouteException missing) {
            if (!style.equals(REQUESTS_PATH)) {
                throw missing;
            }
            JsonBodies answer;
            try {
                answer = send(method, REQUEST_ALIAS_PATH + segment(id), body, method.equals("GET"));
            } catch (MissingRouteException aliasMissingToo) {
                throw missing;
            } catch (OctoberException aliasAnswered) {
                requestPath.set(REQUEST_ALIAS_PATH);
                throw aliasAnswered;
            }
            requestPath.set(REQUEST_ALIAS_PATH);
            return answer;
        }
    }

    private JsonBodies send(String method, String pathAndQuery, Object body, boolean idempotent) {
        byte[] payload = body == null ? null : json(body);
        HttpRequest request = build(method, pathAndQuery, payload);
        String path = withoutQuery(pathAndQuery);
        String sent = payload == null ? null : new String(payload, StandardCharsets.UTF_8);
        // Reports carry whole bank statements; every other answer is one small resource.
        long limit = path.startsWith("/reports") ? answerLimits.reportBytes() : answerLimits.resourceBytes();
        return RetryLoop.run(retryPolicy, idempotent, callDeadline,
                (attempt, budget) -> exchange(request, sent, path, idempotent, attempt, budget, limit));
    }

    private JsonBodies exchange(HttpRequest request, String sent, String path, boolean idempotent, int attempt,
            Duration budget, long limit) {
        String method = request.method();
        long start = System.nanoTime();
        CallObserver.Attempt observed = observer.started();
        HttpResponse<byte[]> response;
        try {
            Duration timeout = budget.compareTo(requestTimeout) < 0 ? budget : requestTimeout;
            response = sendWithinDeadline(request, timeout, BoundedBody.handler(limit, answerLimits.errorBytes()));
        } catch (BoundedBody.TooLargeException tooLarge) {
            observed.abandoned();
            TracedCalls.failed(request, sent, "answer too large", start, attempt);
            CallLog.failed(method, path, "answer too large", start, attempt);
            throw new AnswerTooLargeException(request.uri().getHost(), tooLarge.limit(), OctoberException.NO_STATUS,
                    method, path, tooLarge.start());
        } catch (IOException failure) {
            if (NetworkFailures.isRefusedServerChallenge(failure)) {
                TracedCalls.failed(request, sent, "authentication challenge refused (401)", start, attempt);
                observed.answered(401);
                CallLog.answered(method, path, 401, start, attempt);
                throw new AuthenticationException("the server refused the userId / sessionToken", 401, method, path);
            }
            observed.unreachable();
            NetworkException network = NetworkFailures.translate(failure, request.uri().getHost(), method, path,
                    idempotent);
            TracedCalls.failed(request, sent, network.kind().name(), start, attempt);
            CallLog.failed(method, path, network.kind().name(), start, attempt);
            throw network;
        } catch (InterruptedException interrupted) {
            observed.abandoned();
            Thread.currentThread().interrupt();
            TracedCalls.failed(request, sent, "cancelled", start, attempt);
            CallLog.failed(method, path, "cancelled", start, attempt);
            throw new CancelledException(method, path);
        } catch (RuntimeException unexpected) {
            observed.abandoned();
            throw unexpected;
        }
        int status = response.statusCode();
        TracedCalls.answered(request, sent, response, start, attempt);
        observed.answered(status);
        CallLog.answered(method, path, status, start, attempt);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status < 200 || status > 299) {
            throw ErrorResponses.toException(status, response.headers(), body, method, path, retryPolicy.clock());
        }
        return new JsonBodies(body, status, method, path);
    }

    /**
     * {@code http.send} with the whole exchange bounded by {@code timeout}. The JDK's request timeout
     * stops at the response headers: a server that sends them and then stalls, or drips its body,
     * would otherwise keep the caller waiting for as long as it likes. Failures come out as
     * {@code send} throws them.
     */
    private <T> HttpResponse<T> sendWithinDeadline(HttpRequest request, Duration timeout,
            HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<T>> pending = http.sendAsync(request, handler);
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stalled) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException interrupted) {
            pending.cancel(true);
            throw interrupted;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : failed.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IOException(cause);
        }
    }

    private HttpRequest build(String method, String pathAndQuery, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(requestTimeout)
                .header("userId", credentials.userId())
                .header("sessionToken", credentials.sessionToken())
                .header("October-Version", credentials.octoberVersion())
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
        if (body == null && method.equals("GET")) {
            // A GET has no content, so no body publisher: RFC 9110 says such a request should not
            // carry "Content-Length: 0". JDKs before 19 still add that header themselves
            // (JDK-8283544); from 19 on, GET() is what keeps it off.
            return builder.GET().build();
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static byte[] json(Object body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalArgumentException("cannot write the request body as JSON: " + unwritable.getMessage(),
                    unwritable);
        }
    }

    /** An id as one path segment: encoded, so an id can never climb to another path. */
    private static String segment(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is empty");
        }
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String queryValue(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("query value is empty");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String withoutQuery(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
