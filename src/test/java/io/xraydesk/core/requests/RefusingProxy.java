package io.xraydesk.core.requests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A loopback server in front of the sandbox that answers some calls with a 400 of its own and
 * forwards everything else: how a test makes "the server" refuse what the sandbox would accept,
 * the way a stricter real API could.
 */
public final class RefusingProxy implements AutoCloseable {

    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding");

    private final HttpServer server;
    private final URI target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    /**
     * @param refuse decides from the call ("POST /requests") and its body whether to refuse it
     * @param refusal the JSON body of the 400 answer
     */
    public RefusingProxy(URI target, RefusalRule refuse, String refusal) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> handle(exchange, refuse, refusal));
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every call seen, as "METHOD /path", in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange, RefusalRule refuse, String refusal) throws IOException {
        try (exchange) {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            calls.add(call);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (refuse.test(call, new String(body, StandardCharsets.UTF_8))) {
                send(exchange, 400, refusal.getBytes(StandardCharsets.UTF_8));
                return;
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(value -> forward.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            send(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (status == 400) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Whether to refuse a call, given "METHOD /path" and its body. */
    public interface RefusalRule {
        boolean test(String call, String body);

        static RefusalRule of(String call, Predicate<String> body) {
            return (seen, text) -> seen.equals(call) && body.test(text);
        }
    }
}
