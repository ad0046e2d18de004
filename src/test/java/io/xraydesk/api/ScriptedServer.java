package io.xraydesk.api;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.testing.LoopbackHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 answering queued {@link Reply}s in order and recording every
 * request. With the queue empty it answers 500, so a test that sends more than it scripted fails
 * visibly.
 */
final class ScriptedServer extends LoopbackHttpServer {

    /** One recorded request; header names are lower-cased. */
    record Recorded(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** How to handle one request. */
    interface Reply {
        void handle(HttpExchange exchange, byte[] requestBody) throws IOException;

        static Reply json(int status, String body) {
            return with(status, Map.of("Content-Type", "application/json"), body);
        }

        static Reply text(int status, String body) {
            return with(status, Map.of("Content-Type", "text/html"), body);
        }

        static Reply with(int status, Map<String, String> headers, String body) {
            return (exchange, requestBody) -> {
                headers.forEach(exchange.getResponseHeaders()::add);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            };
        }

        /** Answers {@code then} after a pause, to make the client time out. */
        static Reply after(java.time.Duration pause, Reply then) {
            return (exchange, requestBody) -> {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
                then.handle(exchange, requestBody);
            };
        }

        /** Reads the request, promises a body, then closes the connection in the middle of it. */
        static Reply drop() {
            return (exchange, requestBody) -> {
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write("{\"re".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                exchange.close();
            };
        }
    }

    /** Consumes the request body itself instead of having the server read it first. */
    interface StreamingReply extends Reply {
        void handleStream(HttpExchange exchange, InputStream body) throws IOException;

        @Override
        default void handle(HttpExchange exchange, byte[] requestBody) {
            throw new UnsupportedOperationException();
        }
    }

    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

    private ScriptedServer() {
    }

    static ScriptedServer start() {
        return new ScriptedServer();
    }

    ScriptedServer enqueue(Reply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    List<Recorded> requests() {
        return new ArrayList<>(recorded);
    }

    Recorded only() {
        if (recorded.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + recorded.size());
        }
        return recorded.get(0);
    }

    @Override
    protected void serve(HttpExchange exchange) throws IOException {
        Reply reply = replies.poll();
        Map<String, List<String>> headers = lowerCased(exchange.getRequestHeaders());
        URI uri = exchange.getRequestURI();
        if (reply instanceof StreamingReply streaming) {
            recorded.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, new byte[0]));
            streaming.handleStream(exchange, exchange.getRequestBody());
            exchange.close();
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        recorded.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body));
        (reply != null ? reply : Reply.text(500, "nothing scripted")).handle(exchange, body);
        exchange.close();
    }

    private static Map<String, List<String>> lowerCased(Headers headers) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        headers.forEach((name, values) -> result.put(name.toLowerCase(), List.copyOf(values)));
        return result;
    }
}
