package io.xraydesk.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A server on 127.0.0.1 that misbehaves on purpose, in the way named by the first segment of the
 * path, for any call below it: {@code <base>/<behaviour>/requests/…} or {@code <base>/<behaviour>/s3}.
 * Every misbehaviour stops by itself after {@link #MAX_MISBEHAVIOUR_MILLIS}, or when the client hangs
 * up, so a test can never leave it running.
 */
final class HostileServer implements AutoCloseable {

    /** Ways to misbehave; {@code s3} in the path makes the error answers S3-shaped (XML). */
    enum Behaviour { OVERSIZED, ENDLESS, DRIPPING, HANGING, ESCAPES, HUGE_MESSAGE }

    static final String FORGED_TEXT = "\u001b[2J\u001b]0;owned\u0007\r\nSUCCESS: request created\n\u202egnp.exe";
    private static final long MAX_MISBEHAVIOUR_MILLIS = 10_000;
    private static final long DECLARED_BYTES = 2_000_000_000L;
    private static final int HUGE_MESSAGE_BYTES = 15 * 1024 * 1024;
    private static final byte[] FILLER = filler(64 * 1024, ' ');
    private static final byte[] LETTERS = filler(64 * 1024, 'A');

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-server");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);

    HostileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::misbehave);
        server.setExecutor(threads);
        server.start();
    }

    URI base(Behaviour behaviour) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + behaviour.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void misbehave(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Behaviour behaviour = Behaviour.valueOf(path.split("/")[1].toUpperCase(Locale.ROOT));
        boolean s3 = path.contains("/s3");
        exchange.getRequestBody().readAllBytes();
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            switch (behaviour) {
                case OVERSIZED -> {
                    exchange.sendResponseHeaders(s3 ? 400 : 200, DECLARED_BYTES);
                    stream(out, DECLARED_BYTES);
                }
                case ENDLESS -> {
                    exchange.sendResponseHeaders(s3 ? 400 : 200, 0);
                    stream(out, Long.MAX_VALUE);
                }
                case DRIPPING -> {
                    exchange.sendResponseHeaders(200, 0);
                    drip(out);
                }
                case HANGING -> closing.await(MAX_MISBEHAVIOUR_MILLIS, TimeUnit.MILLISECONDS);
                case ESCAPES -> answer(exchange, out, s3, FORGED_TEXT, 0);
                case HUGE_MESSAGE -> answer(exchange, out, s3, "", HUGE_MESSAGE_BYTES);
            }
        } catch (IOException | InterruptedException clientLeft) {
            // the client hung up (what a bounded client does) or the server is closing
        }
    }

    /**
     * An error answer, S3-shaped (XML, 403) or October-shaped (JSON, 422), whose message is {@code text}
     * followed by {@code letters} letters A, streamed so that a 15 MB message costs this server nothing.
     */
    private static void answer(HttpExchange exchange, OutputStream out, boolean s3, String text, long letters)
            throws IOException {
        String escaped = s3 ? text : text.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
                .replace("\r", "\\r").replace("\n", "\\n");
        byte[] head = ((s3 ? "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>" : "{\"message\":\"")
                + escaped).getBytes(StandardCharsets.UTF_8);
        byte[] tail = (s3 ? "</Message></Error>" : "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", s3 ? "application/xml" : "application/json");
        exchange.sendResponseHeaders(s3 ? 403 : 422, head.length + letters + tail.length);
        out.write(head);
        for (long sent = 0; sent < letters; sent += LETTERS.length) {
            out.write(LETTERS, 0, (int) Math.min(LETTERS.length, letters - sent));
        }
        out.write(tail);
    }

    private static void stream(OutputStream out, long bytes) throws IOException {
        long end = System.currentTimeMillis() + MAX_MISBEHAVIOUR_MILLIS;
        for (long sent = 0; sent < bytes && System.currentTimeMillis() < end; sent += FILLER.length) {
            out.write(FILLER, 0, (int) Math.min(FILLER.length, bytes - sent));
        }
    }

    private static void drip(OutputStream out) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + MAX_MISBEHAVIOUR_MILLIS;
        out.write('{');
        while (System.currentTimeMillis() < end) {
            out.write(' ');
            out.flush();
            Thread.sleep(100);
        }
    }

    private static byte[] filler(int size, char letter) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) letter);
        return bytes;
    }
}
