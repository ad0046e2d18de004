package io.xraydesk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JDK HTTP server on 127.0.0.1 at an ephemeral port, every request handed to {@link #serve}. Held in
 * a {@code @RegisterExtension} field, it starts with the test instance and stops after each test.
 */
public abstract class LoopbackHttpServer implements AutoCloseable, AfterEachCallback {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    protected LoopbackHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    protected abstract void serve(HttpExchange exchange) throws IOException;

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
