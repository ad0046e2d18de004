package io.xraydesk.bench;

import com.sun.net.httpserver.HttpServer;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What starting the embedded sandbox costs once its classes are loaded (the first start of a launch
 * pays for those too): the sandbox answers on two loopback ports, the API and the S3-style store, so
 * the reference is two bare JDK HTTP servers started and stopped the same way in the same run.
 * Prints {@code bench: sandbox-start <ms> ms (goal < 200 ms; …)}.
 */
@Tag("bench")
class SandboxStartBenchmark {

    private static final int RUNS = 15;

    @Test
    void startingTheSandboxAgainstTwoBareHttpServers() throws IOException {
        // One warm-up each: class loading is the launch's one-off cost, not this figure.
        SandboxServer.start(SandboxConfig.defaults()).close();
        startTwoBareServers();
        List<Double> sandbox = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            // Alternated, so that a busy moment of the machine weighs on both sides alike.
            long begin = System.nanoTime();
            SandboxServer server = SandboxServer.start(SandboxConfig.defaults());
            sandbox.add((System.nanoTime() - begin) / 1e6);
            server.close();
            bare.add(startTwoBareServers());
        }
        System.out.printf("bench: sandbox-start %.1f ms (goal < 200 ms; median of %d starts: %s; two bare JDK "
                + "HTTP servers on loopback: %.1f ms)%n", Samples.median(sandbox), RUNS, Samples.listed(sandbox),
                Samples.median(bare));
    }

    /** Milliseconds to start two bare HTTP servers on free loopback ports; they are stopped after. */
    private static double startTwoBareServers() throws IOException {
        long begin = System.nanoTime();
        HttpServer api = bareServer();
        HttpServer store = bareServer();
        double millis = (System.nanoTime() - begin) / 1e6;
        api.stop(0);
        store.stop(0);
        return millis;
    }

    private static HttpServer bareServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
