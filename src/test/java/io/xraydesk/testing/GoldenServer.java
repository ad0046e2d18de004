package io.xraydesk.testing;

import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.AnswerLimits;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ProxySettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the October API on 127.0.0.1 (ephemeral port) that answers each route with bodies
 * given by the test, byte for byte, typically the files of {@code src/test/resources/golden}. Unlike
 * the sandbox it shares no code with the client's records, so a reading mistake cannot hide behind a
 * matching writing one. A route answers its bodies in turn and repeats the last; an unknown route is
 * a 404 with no October error body.
 */
public final class GoldenServer extends LoopbackHttpServer {

    /** The credentials the clients of these tests present; any will do, the stand-in checks none. */
    public static final String USER_ID = "6413297aad6e59418e7748f9";
    public static final String TOKEN = "golden-token-5c1e";

    /** One request received: method, path with query, header names lower-cased. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers) {
    }

    private record Body(int status, String text) {
    }

    private final Map<String, Deque<Body>> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** The text of {@code src/test/resources/golden/<name>}, unchanged. */
    public static String golden(String name) {
        try (InputStream in = GoldenServer.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code method path} (query ignored) with these bodies in turn, as JSON, then the last again. */
    public GoldenServer answer(String method, String path, int status, String... bodies) {
        Deque<Body> queue = routes.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>());
        synchronized (queue) {
            for (String body : bodies) {
                queue.add(new Body(status, body));
            }
        }
        return this;
    }

    /** A client of this server with the test credentials and short timeouts. */
    public OctoberClient client() {
        return client(AnswerLimits.defaults());
    }

    /** As above, reading answers within {@code limits}. */
    public OctoberClient client(AnswerLimits limits) {
        return OctoberClient.create(ApiCredentials.of(baseUri(), USER_ID, TOKEN), new ConnectionSettings(
                Duration.ofSeconds(5), Duration.ofSeconds(5), ConnectionSettings.defaults().callDeadline(),
                ProxySettings.none(), null, ConnectionSettings.defaultUserAgent(), limits));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    protected void serve(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        received.add(new Received(exchange.getRequestMethod(), uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), headers));
        exchange.getRequestBody().readAllBytes();
        Body body = next(exchange.getRequestMethod() + " " + uri.getRawPath());
        byte[] bytes = body.text().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(body.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    private Body next(String route) {
        Deque<Body> queue = routes.get(route);
        if (queue == null) {
            return new Body(404, "");
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }
}
