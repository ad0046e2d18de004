package io.xraydesk.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients that connect to a local server and then hardly speak: one byte of a request line, a body
 * that stops after a few bytes, or nothing at all. Raw sockets on 127.0.0.1; closing this closes
 * every one of them.
 */
final class SlowClients implements AutoCloseable {

    private final int port;
    private final List<Socket> sockets = new ArrayList<>();

    SlowClients(int port) {
        this.port = port;
    }

    /** {@code count} connections that each send the first byte of a request and stop. */
    List<Socket> oneByte(int count) throws IOException {
        List<Socket> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opened.add(send("P"));
        }
        return opened;
    }

    /** {@code count} connections that send nothing at all. */
    List<Socket> silent(int count) throws IOException {
        List<Socket> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opened.add(send(""));
        }
        return opened;
    }

    /** A POST whose headers promise 1,000 bytes of body, of which 10 arrive. */
    Socket stalledBody(String path) throws IOException {
        return send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"event\":");
    }

    /** True when the server closed {@code socket} within {@code limit} (counted from the call). */
    static boolean closedWithin(Socket socket, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                long left = Math.max(1, (end - System.nanoTime()) / 1_000_000);
                socket.setSoTimeout((int) left);
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** How many of {@code opened} the server closed within {@code limit}, all waited for together. */
    static long countClosedWithin(List<Socket> opened, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        return opened.stream()
                .filter(socket -> closedWithin(socket, Duration.ofNanos(Math.max(1_000_000, end - System.nanoTime()))))
                .count();
    }

    private Socket send(String text) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        sockets.add(socket);
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException alreadyGone) {
                // closing is all that was wanted
            }
        }
        sockets.clear();
    }
}
