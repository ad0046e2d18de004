package io.xraydesk.api.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.UploadTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives real calls, successes and failures, with a canary token that the server even echoes back,
 * and proves the canary reaches neither the log files nor any exception message.
 */
class LogFilesTest {

    private static final String CANARY = "CANARY-9d1e4b7f-token-0c55";
    private static final String CANARY_USER = "user-canary-4411aa";

    @TempDir
    Path dir;

    private Handler handler;
    private HttpServer server;

    @AfterEach
    void uninstall() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theCanaryTokenAppearsNowhereInTheLogsOrMessages() throws Exception {
        Path logs = dir.resolve("logs");
        handler = LogFiles.install(logs);
        server = echoingServer();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        ConnectionSettings settings = ConnectionSettings.defaults().withProxy(ProxySettings.none())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        OctoberClient client = new OctoberClient(ApiCredentials.of(base, CANARY_USER, CANARY),
                HttpClientFactory.create(settings), RetryPolicy.none(), settings);

        List<String> messages = new ArrayList<>();
        for (String id : List.of("ok", "unauthorized", "invalid", "garbage")) {
            try {
                client.getRequest(id);
            } catch (OctoberException failure) {
                messages.add(failure.getMessage());
                System.getLogger("io.xraydesk.test").log(System.Logger.Level.ERROR, "call failed", failure);
            }
        }
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("key", "k");
        fields.put("x-amz-signature", "s1gnatur3value");
        Path file = Files.writeString(dir.resolve("f.pdf"), "%PDF-1.7");
        try {
            new S3Uploader(HttpClientFactory.create(settings), RetryPolicy.none(), settings)
                    .upload(new UploadTarget(base + "/s3?X-Amz-Signature=s1gnatur3value", fields, null), file,
                            "application/pdf", null, null);
        } catch (OctoberException failure) {
            messages.add(failure.getMessage());
        }
        System.getLogger("io.xraydesk.test").log(System.Logger.Level.WARNING, "header was sessionToken: " + CANARY);
        handler.flush();

        assertEquals(4, messages.size(), "three API failures and one S3 failure: " + messages);
        String logText = readAll(logs);
        assertTrue(logText.contains("GET /requests/ok -> HTTP 200"), logText);
        assertTrue(logText.contains("HTTP 401"), logText);
        assertTrue(logText.contains("POST /s3 -> HTTP 403"), logText);
        for (String secret : List.of(CANARY, CANARY_USER, "s1gnatur3value")) {
            assertFalse(logText.contains(secret), secret + " leaked into the log:\n" + logText);
            messages.forEach(message -> assertFalse(message.contains(secret), message));
        }
    }

    @Test
    void logFilesAreReadableByTheirOwnerOnly() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path logs = dir.resolve("logs");
        handler = LogFiles.install(logs);
        System.getLogger("io.xraydesk.test").log(System.Logger.Level.INFO, "hello");
        handler.flush();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        }
    }

    @Test
    void theDataFolderMadeForTheLogsIsTheOwnersAloneAndFoldersThatExistedAreLeftAlone() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = dir.resolve("share").resolve("xraydesk");
        handler = LogFiles.install(home.resolve("logs"));
        for (Path made : List.of(dir.resolve("share"), home, home.resolve("logs"))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)), made.toString());
        }
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void aFileInPlaceOfTheFolderIsAClearError() throws Exception {
        Path notADir = Files.writeString(dir.resolve("logs"), "x");
        assertThrows(IOException.class, () -> LogFiles.install(notADir));
    }

    /** Answers by id; every error body echoes the request headers, as a careless server might. */
    private static HttpServer echoingServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            String echoed = "sessionToken " + exchange.getRequestHeaders().getFirst("sessionToken")
                    + " userId " + exchange.getRequestHeaders().getFirst("userId");
            int status;
            String body;
            if (path.endsWith("/ok")) {
                status = 200;
                body = "{\"request\":{\"id\":\"ok\"}}";
            } else if (path.endsWith("/unauthorized")) {
                status = 401;
                body = "{\"error\":\"unauthorized\",\"message\":\"bad token " + echoed + "\"}";
            } else if (path.endsWith("/invalid")) {
                status = 422;
                body = "{\"errors\":[\"rejected " + echoed + "\"]}";
            } else if (path.startsWith("/s3")) {
                status = 403;
                body = "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not"
                        + " match the signature you provided.</Message><SignatureProvided>s1gnatur3value"
                        + "</SignatureProvided></Error>";
            } else {
                status = 200;
                body = "<html>" + echoed + "</html>";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    private static String readAll(Path logs) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
