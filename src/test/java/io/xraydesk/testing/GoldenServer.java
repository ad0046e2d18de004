package io.xraydesk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stand-in for the October API on 127.0.0.1 (ephemeral port) that answers each route with bodies
 * given by the test, byte for byte, typically the files of {@code src/test/resources/golden}. Unlike
 * the sandbox it shares no code with the client's records, so a reading mistake cannot hide behind a
 * matching writing one. A route answers its bodies in turn and repeats the last; an unknown route is
 * a 404 with no October error body. Held in a {@code @RegisterExtension} field, it stops after each test.
 */
public final class GoldenServer implements AutoCloseable, AfterEachCallback {

    /** One request received: method, path with query, header names lower-cased. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers) {
    }

    private record Body(int status, String text) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Body>> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public GoldenServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

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

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void serve(HttpExchange exchange) throws IOException {
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

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
