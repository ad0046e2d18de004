package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The standalone entry point: arguments, banner, serving until interrupted. */
class SandboxMainTest {

    @Test
    void printsTheBannerAndServesUntilInterrupted() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int[] exit = {-1};
        Thread runner = new Thread(() -> exit[0] = SandboxMain.run(new String[] {"--port", "0", "--speed", "60",
                "--user-id", "6464ba07cbddbd090b267260", "--token", "cli-token"}, out));
        runner.start();
        String firstLine = awaitFirstLine(buffer);
        assertTrue(firstLine.matches("Sandbox API listening on http://127\\.0\\.0\\.1:\\d+"), firstLine);
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("6464ba07cbddbd090b267260") && output.contains("cli-token")
                && output.contains(SandboxConfig.DEMO_BUSINESS_ID), output);

        URI base = URI.create(firstLine.substring("Sandbox API listening on ".length()));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/requests/x"))
                .header("userId", "6464ba07cbddbd090b267260").header("sessionToken", "cli-token")
                .header("October-Version", "2024-01-25").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());

        runner.interrupt();
        runner.join(TimeUnit.SECONDS.toMillis(5));
        assertEquals(0, exit[0]);
    }

    @Test
    void badArgumentsExplainThemselves() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        assertEquals(2, SandboxMain.run(new String[] {"--speed", "fast"}, new PrintStream(buffer, true,
                StandardCharsets.UTF_8)));
        assertTrue(buffer.toString(StandardCharsets.UTF_8).contains("--speed expects a number"));
        assertEquals(2, SandboxMain.run(new String[] {"--user-id", "bob"}, new PrintStream(new ByteArrayOutputStream())));
    }

    private static String awaitFirstLine(ByteArrayOutputStream buffer) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String s = buffer.toString(StandardCharsets.UTF_8);
            if (s.contains("\n")) {
                return s.substring(0, s.indexOf('\n')).trim();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no banner printed");
    }
}
