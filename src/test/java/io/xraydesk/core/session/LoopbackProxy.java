package io.xraydesk.core.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP proxy on loopback for tests: tunnels {@code CONNECT host:port} and forwards plain
 * requests in absolute form ({@code GET http://host:port/path}), recording each request line and
 * header block so a test can prove which calls went through it and what they carried.
 */
final class LoopbackProxy implements AutoCloseable {

    /** One request seen: its first line and its headers, as received. */
    record Seen(String requestLine, String headers) {
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    LoopbackProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The requests whose target is {@code host:port} (CONNECT or absolute URL). */
    long countFor(int targetPort) {
        return seen.stream().filter(s -> s.requestLine().contains(":" + targetPort)).count();
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String requestLine = head.substring(0, head.indexOf("\r\n"));
            seen.add(new Seen(requestLine, head));
            String[] parts = requestLine.split(" ");
            if (parts[0].equals("CONNECT")) {
                String[] target = parts[1].split(":");
                try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
                    client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    relay(client, upstream);
                }
                return;
            }
            URI uri = URI.create(parts[1]);
            try (Socket upstream = new Socket(uri.getHost(), uri.getPort())) {
                String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                // One request per connection, on both sides.
                String rest = head.substring(head.indexOf("\r\n") + 2)
                        .replaceAll("(?im)^(connection|proxy-connection):.*\r\n", "");
                String forwarded = parts[0] + " " + path + " " + parts[2] + "\r\nConnection: close\r\n" + rest;
                upstream.getOutputStream().write(forwarded.getBytes(StandardCharsets.ISO_8859_1));
                threads.execute(() -> copy(client, upstream));
                // The answer says the connection closes, so the client never reuses it for another call.
                String answer = readHead(upstream.getInputStream())
                        .replaceAll("(?im)^connection:.*\r\n", "")
                        .replaceFirst("\r\n", "\r\nConnection: close\r\n");
                client.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
                copy(upstream, client);
            }
        } catch (IOException broken) {
            // The client or the server went away: the test's assertions say whether that mattered.
        }
    }

    /** Copies both ways until the upstream side closes. */
    private void relay(Socket client, Socket upstream) throws IOException {
        threads.execute(() -> copy(client, upstream));
        copy(upstream, client);
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException closed) {
            // One side closed: the relay is over.
        }
    }

    /** The request line and headers, up to the blank line, read byte by byte so no body byte is taken. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
