package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ProxySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst can type, paste or drop, and what a server can answer, that the app must survive:
 * each case is either refused with a clear localised message or read tolerantly (unknown values kept
 * as they came), and none throws anything unexpected. Prints {@code bad-input: <answered>/<total>
 * cases answered clearly} and fails unless every case was.
 */
class BadInputCorpusTest {

    @TempDir
    static Path dir;
    private static LoopbackServer server;
    private static OctoberClient client;

    @BeforeAll
    static void startServer() throws IOException {
        server = new LoopbackServer();
        ConnectionSettings settings = ConnectionSettings.defaults().withProxy(ProxySettings.none())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
        client = OctoberClient.create(ApiCredentials.of(server.baseUri(), "6413297aad6e59418e7748f9",
                ServerAnswerCases.TOKEN), settings);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void everyCaseIsAnsweredClearly() throws Exception {
        List<BadInputCase> corpus = new ArrayList<>();
        corpus.addAll(CompanyCodeCases.all());
        corpus.addAll(TypedTextCases.businessNames());
        corpus.addAll(TypedTextCases.amounts());
        corpus.addAll(FileCases.all(dir));
        corpus.addAll(TypedTextCases.dates());
        corpus.addAll(ServerAnswerCases.all(server, client));
        assertTrue(corpus.size() >= 40, "the corpus holds at least 40 cases, has " + corpus.size());

        int answered = 0;
        int skipped = 0;
        List<String> unanswered = new ArrayList<>();
        for (BadInputCase c : corpus) {
            Verdict verdict = runGuarded(c);
            String mark = verdict.skipped() ? "-" : verdict.answered() ? "✓" : "✗";
            String line = String.format("%-9s %-44s %s %s", c.area(), c.name(), mark, abbreviate(verdict.detail()));
            System.out.println(line);
            if (verdict.skipped()) {
                skipped++;
            } else if (verdict.answered()) {
                answered++;
            } else {
                unanswered.add(line);
            }
        }
        System.out.println("bad-input: " + answered + "/" + (corpus.size() - skipped) + " cases answered clearly");
        assertEquals(List.of(), unanswered);
    }

    /** Anything thrown — an exception, a StackOverflowError, an OutOfMemoryError — is a crash. */
    private static Verdict runGuarded(BadInputCase c) {
        try {
            return c.check().run();
        } catch (Exception | StackOverflowError | OutOfMemoryError crash) {
            return Verdict.no("crashed: " + crash.getClass().getName() + ": " + crash.getMessage());
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 150 ? oneLine : oneLine.substring(0, 147) + "...";
    }
}