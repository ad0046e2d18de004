package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xraydesk.cli.CliHarness.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose texts hold escape sequences, carriage returns and line feeds cannot make the command
 * line print a line of its own (such as "SUCCESS: request created"), clear the terminal or retitle
 * it: what it sends is printed escaped, inside the line the command meant to print.
 */
class ForgedLinesTest {

    /** Clears the screen, retitles the window, then forges a line of its own. */
    private static final String FORGED = "\\u001b[2J\\u001b]0;owned\\u0007\\r\\nSUCCESS: request created\\n";
    private static final String REQUEST_ID = "6413297aad6e59418e774902";

    @TempDir
    Path home;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/requests/", exchange -> answer(exchange, 200, "{\"request\":{\"id\":\"" + REQUEST_ID
                + "\",\"businessName\":\"ACME" + FORGED + "\",\"status\":\"pending" + FORGED + "\",\"stage\":\"1.1\"}}"));
        server.createContext("/requests", exchange -> answer(exchange, 422, "{\"message\":\"bad siren" + FORGED + "\"}"));
        server.createContext("/reports", exchange -> answer(exchange, 200, "{\"reports\":[]}"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBusinessNameCannotForgeALine() {
        Run run = cli().run("request", "get", REQUEST_ID);
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertNoForgery(run.out());
        assertTrue(run.out().contains("ACME\\e[2J\\e]0;owned\\u0007\\r\\nSUCCESS: request created\\n"), run.out());
    }

    @Test
    void anErrorMessageCannotForgeALine() {
        Run run = cli().run("request", "create", "--siren", "514673987");
        assertEquals(ExitCode.VALIDATION, run.exit(), run.err());
        assertNoForgery(run.err());
        assertEquals(1, lines(run.err()).size(), run.err());
    }

    private CliHarness cli() {
        return new CliHarness(home).with(CliContext.ENV_BASE_URL, "http://127.0.0.1:" + server.getAddress().getPort())
                .with(CliContext.ENV_USER_ID, "6413297aad6e59418e7748f9")
                .with(CliContext.ENV_SESSION_TOKEN, "forged-lines-token");
    }

    private static void assertNoForgery(String output) {
        assertFalse(output.contains("\u001b"), "no escape character reaches the terminal");
        assertFalse(output.contains("\r"), "no carriage return reaches the terminal");
        assertTrue(lines(output).stream().noneMatch(line -> line.startsWith("SUCCESS")), output);
    }

    private static List<String> lines(String output) {
        return Arrays.stream(output.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (exchange) {
            exchange.getResponseBody().write(body);
        }
    }
}
