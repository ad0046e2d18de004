package io.xraydesk.core.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Source;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.LookMark;
import io.xraydesk.ui.dashboard.PortfolioRows;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio's lines from one SQLite file: X-Rays, data sanity, decision, batch and the last look. */
class PortfolioReaderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void eachLineHasItsXRaysSanityDecisionBatchAndChangeSinceTheLastLook() {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("x.db"))) {
            PortfolioRows.fill(database, 6, NOW);
            ImportBatch batch = PortfolioRows.importBatch(database, "list.csv", 2, 4, NOW);
            database.decisions().decide(PortfolioRows.id(1), 0, new DecisionTerms(DecisionOutcome.DECLINE,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.of("Weak")),
                    new Analyst("bob", "Bob"), NOW);
            PortfolioReader reader = new PortfolioReader(database);
            reader.markLooked(PortfolioRows.id(0), NOW);

            Map<String, PortfolioLine> lines = reader.lines().stream()
                    .collect(Collectors.toMap(PortfolioLine::id, Function.identity()));
            assertEquals(6, lines.size());
            PortfolioLine first = lines.get(PortfolioRows.id(0));
            assertEquals("A", first.xray(Source.FINANCIAL).grade());
            assertEquals(0.01, first.probabilityOfDefault(), 1e-9);
            assertEquals(80.0, first.dataSanity());
            assertNull(first.decision());
            assertNull(first.batchId());
            assertFalse(first.sinceLastLook().neverOpened());
            assertFalse(first.sinceLastLook().anything(), "looked at just now");
            assertTrue(lines.get(PortfolioRows.id(5)).sinceLastLook().neverOpened());
            assertEquals(DecisionOutcome.DECLINE, lines.get(PortfolioRows.id(1)).decision().terms().outcome());
            assertEquals(batch.id(), lines.get(PortfolioRows.id(2)).batchId());
            assertEquals(batch.id(), lines.get(PortfolioRows.id(3)).batchId());
            assertNull(lines.get(PortfolioRows.id(4)).batchId());
            assertEquals(List.of(batch), reader.batches());

            // A better Financial grade and a new Bank report since the look.
            String betterId = String.format("%024x", 0xbe77e4L);
            database.reportCache().upsert(new CachedReport(betterId, PortfolioRows.id(0), "bank", "A",
                    NOW.plusSeconds(60), "{\"id\":\"" + betterId + "\",\"request\":\"" + PortfolioRows.id(0)
                    + "\",\"source\":\"bank\",\"score\":\"A\",\"createdAt\":\"" + NOW.plusSeconds(60)
                    + "\",\"data\":{\"dataSanity\":91}}", NOW.plusSeconds(60)));
            PortfolioLine after = reader.line(PortfolioRows.id(0)).orElseThrow();
            assertEquals(List.of(Source.BANK), after.sinceLastLook().better(), "bank B, then A");
            assertEquals(1, after.sinceLastLook().newReports());
            assertEquals(91.0, after.dataSanity(), "the newest Bank X-Ray's");
            assertEquals("Bank better · 1 new report", after.sinceLastLook().words());

            LookMark mark = database.lookMarks().find(PortfolioRows.id(0)).orElseThrow();
            assertEquals(Map.of("bank", "B", "financial", "A", "esg", "C"), mark.grades());
            assertEquals(4, mark.reports());
        }
    }

    @Test
    void aMarkComparesGradesBestFirstAndCountsReports() {
        LookMark mark = new LookMark("r", NOW, Map.of("financial", "C", "bank", "B"), 3);
        SinceLastLook unchanged = SinceLastLook.of(mark, Map.of());
        assertFalse(unchanged.anything());
        assertEquals(0, unchanged.newReports(), "never negative");
        assertTrue(SinceLastLook.of(null, Map.of()).neverOpened());
        assertEquals("not opened yet", SinceLastLook.NEVER_OPENED.words());
        assertTrue(new SinceLastLook(NOW, List.of(), List.of(Source.BANK), 0).weight()
                > new SinceLastLook(NOW, List.of(Source.FINANCIAL), List.of(), 5).weight(), "a worse grade weighs most");
    }
}
