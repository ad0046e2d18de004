package io.xraydesk.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone: {@code --port N --speed X --user-id U --token T}. Prints where it listens
 * and the demo credentials, then serves until the process is killed.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Starts the sandbox and blocks until the thread is interrupted or the JVM stops. Returns 2 for
     * bad arguments (after printing why), 0 when interrupted.
     */
    public static int run(String[] args, PrintStream out) {
        SandboxConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("Invalid arguments: " + e.getMessage());
            out.println("Usage: sandbox [--port N] [--speed X] [--user-id <24 hex>] [--token T]");
            return 2;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(config);
        } catch (RuntimeException e) {
            out.println("Sandbox could not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdownHook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        SandboxUser user = server.demoUser();
        out.println("Sandbox API listening on " + server.apiBaseUri());
        out.println("userId: " + user.userId());
        out.println("sessionToken: " + user.token());
        out.println("businessId: " + user.businessId());
        out.println("S3 endpoint: " + server.s3BaseUri());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped by the embedding program (the app's CLI) rather than by the JVM
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            server.close();
        }
        return 0;
    }

    static SandboxConfig parse(String[] args) {
        SandboxConfig.Builder builder = SandboxConfig.builder();
        String userId = null;
        String token = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> builder.apiPort(number(flag, value));
                case "--speed" -> builder.speed(decimal(flag, value));
                case "--user-id" -> userId = value;
                case "--token" -> token = value;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        builder.user(userId == null ? SandboxConfig.DEMO_USER_ID : userId,
                token == null ? SandboxConfig.DEMO_TOKEN : token);
        return builder.build();
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " expects a whole number, got \"" + value + "\"");
        }
    }

    private static double decimal(String flag, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " expects a number, got \"" + value + "\"");
        }
    }
}
