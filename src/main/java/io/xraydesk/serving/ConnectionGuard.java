package io.xraydesk.serving;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Serves each request of a {@code com.sun.net.httpserver} server on its own thread, up to {@link
 * ServingLimits#maxExchanges()}, and stops a client that is too slow to send its request.
 *
 * <p>The JDK server reads a request's line and headers on the executor's thread, blocking, with no
 * timeout of its own ({@code sun.net.httpserver.maxReqTime} exists, but it is one value for the whole
 * JVM and covers the body too, so it would also cut an honest upload on a slow link). A client that
 * sends one byte and then nothing would hold that thread forever; with a small pool, a handful of
 * such clients stop the server. Here every request starts with a deadline for its headers; the
 * {@link #createContext filter} that sees the headers moves it to the body's idle timeout, and the
 * end of the body removes it. A watchdog interrupts a thread past its deadline, which closes the
 * connection (the JDK server reads through an interruptible channel).
 */
public final class ConnectionGuard implements Executor, AutoCloseable {

    private static final long WATCHDOG_PERIOD_MILLIS = 50;
    /** The JDK server's own cap on open connections, idle ones included; read once per JVM. */
    private static final String MAX_CONNECTIONS_PROPERTY = "sun.net.httpserver.maxConnections";
    private static final String MAX_CONNECTIONS = "512";

    private final ServingLimits limits;
    private final ThreadPoolExecutor threads;
    private final ScheduledExecutorService watchdog;
    private final Map<Thread, Long> deadlines = new ConcurrentHashMap<>();

    public ConnectionGuard(String name, ServingLimits limits) {
        this.limits = limits;
        // No queue: a request waits for nobody; past the limit it is refused at once.
        threads = new ThreadPoolExecutor(0, limits.maxExchanges(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                DaemonThreads.named(name));
        watchdog = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name + "-watchdog"));
        watchdog.scheduleWithFixedDelay(this::interruptLate, WATCHDOG_PERIOD_MILLIS, WATCHDOG_PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Caps the connections each JDK server keeps open, those that never sent a byte included (the
     * JDK closes those after {@code sun.net.httpserver.idleInterval}, 30 s by default): past the cap a
     * new connection is closed at once instead of costing a file descriptor. The JDK reads the value
     * when its server classes load, so this must run before the first server of the JVM is created;
     * a value set by the launcher is kept.
     */
    public static void capConnectionsPerServer() {
        if (System.getProperty(MAX_CONNECTIONS_PROPERTY) == null) {
            System.setProperty(MAX_CONNECTIONS_PROPERTY, MAX_CONNECTIONS);
        }
    }

    /** Serves {@code handler} at {@code path} of {@code server} under this guard's body timeout. */
    public HttpContext createContext(HttpServer server, String path, HttpHandler handler) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(new BodyDeadline());
        return context;
    }

    /**
     * Runs one request of the JDK server. Throws {@link java.util.concurrent.RejectedExecutionException} when {@link
     * ServingLimits#maxExchanges()} requests are already being served: the server then closes that
     * connection.
     */
    @Override
    public void execute(Runnable exchange) {
        threads.execute(() -> serve(exchange));
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        threads.shutdownNow();
    }

    private void serve(Runnable exchange) {
        Thread current = Thread.currentThread();
        arm(current, limits.headerTimeout().toNanos());
        try {
            exchange.run();
        } finally {
            deadlines.remove(current);
            // A deadline that struck as the request ended must not reach the thread's next request.
            Thread.interrupted();
        }
    }

    private void arm(Thread thread, long timeoutNanos) {
        deadlines.put(thread, System.nanoTime() + timeoutNanos);
    }

    private void interruptLate() {
        long now = System.nanoTime();
        deadlines.forEach((thread, deadline) -> {
            if (now - deadline > 0 && deadlines.remove(thread, deadline)) {
                thread.interrupt();
            }
        });
    }

    /** Each byte received restarts the idle timeout; the end of the body ends it. */
    private void bodyRead(Thread reader, int count) {
        if (Thread.currentThread() != reader) {
            return;
        }
        if (count < 0) {
            deadlines.remove(reader);
        } else {
            arm(reader, limits.bodyIdleTimeout().toNanos());
        }
    }

    /** Moves the deadline from the headers to the body, and ends it with the body. */
    private final class BodyDeadline extends Filter {

        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            Thread current = Thread.currentThread();
            if (hasBody(exchange)) {
                arm(current, limits.bodyIdleTimeout().toNanos());
                exchange.setStreams(new ObservedInput(exchange.getRequestBody(),
                        (buffer, offset, count) -> bodyRead(current, count)), null);
            } else {
                deadlines.remove(current);
            }
            chain.doFilter(exchange);
        }

        @Override
        public String description() {
            return "request body idle timeout";
        }

        private static boolean hasBody(HttpExchange exchange) {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
                    || (length != null && !length.strip().equals("0"));
        }
    }
}
