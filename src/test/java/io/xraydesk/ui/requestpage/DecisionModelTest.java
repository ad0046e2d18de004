package io.xraydesk.ui.requestpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.StoredDecision;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two analysts' decision forms on the same request at once, without a window: each form over its own
 * connection to the same store file, as two workstations of a team or two windows would be.
 */
class DecisionModelTest {

    private static final String REQUEST = "6413297aad6e59418e7748fb";

    @TempDir
    Path folder;

    private final BackgroundTasks tasks = new BackgroundTasks(new DirectUiExecutor());
    private LocalDatabase firstStore;
    private LocalDatabase secondStore;
    private CreditFileModel first;
    private CreditFileModel second;

    @BeforeEach
    void twoStores() {
        Messages.setLocale(Locale.ENGLISH);
        Path file = folder.resolve("xraydesk.db");
        firstStore = LocalDatabase.open(file);
        secondStore = LocalDatabase.open(file);
        first = new CreditFileModel(REQUEST, tasks, new CreditFile(firstStore, new Analyst("6413297aad6e59418e7748f9",
                "Alice"), Clock.systemUTC(), Duration.ofMillis(500)));
        second = new CreditFileModel(REQUEST, tasks, new CreditFile(secondStore, new Analyst("65f0aa00aa00aa00aa00aa01",
                "Bruno"), Clock.systemUTC(), Duration.ofMillis(500)));
    }

    @AfterEach
    void close() {
        tasks.close();
        first.creditFile().close();
        second.creditFile().close();
        firstStore.close();
        secondStore.close();
    }

    @Test
    void theSecondToSaveIsToldKeepsWhatWasTypedAndDecidesOverTheFirstWhenSavingAgain() throws Exception {
        DecisionModel alice = new DecisionModel(first);
        DecisionModel bruno = new DecisionModel(second);
        first.reload();
        second.reload();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.contentsProperty().get() != null
                && second.contentsProperty().get() != null);

        alice.outcome.set(DecisionOutcome.APPROVE);
        alice.amount.set("100,000");
        alice.currency.set("EUR");
        bruno.outcome.set(DecisionOutcome.DECLINE);
        bruno.justification.set("Losses three years running.");
        alice.save();
        waitForMessage(alice, "Decision saved (version 1).");
        bruno.save();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bruno.message.get().startsWith("The decision on request"));

        assertTrue(bruno.message.get().contains("was changed by Alice"), bruno.message.get());
        assertTrue(bruno.refused.get());
        assertEquals(DecisionOutcome.DECLINE, bruno.outcome.get(), "what Bruno chose is kept");
        assertEquals("Losses three years running.", bruno.justification.get());
        List<StoredDecision> history = secondStore.decisions().history(REQUEST);
        assertEquals(1, history.size(), "nothing of Bruno's was written");
        assertEquals(new BigDecimal("100000"), history.get(0).terms().limitAmount().orElseThrow());

        bruno.save();
        waitForMessage(bruno, "Decision saved (version 2).");
        assertEquals(List.of(DecisionOutcome.APPROVE, DecisionOutcome.DECLINE), firstStore.decisions().history(REQUEST)
                .stream().map(decision -> decision.terms().outcome()).toList(), "both decisions in the history");
    }

    @Test
    void aFormNotTouchedShowsTheDecisionInForceAndSavesOverIt() throws Exception {
        DecisionModel alice = new DecisionModel(first);
        first.reload();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.contentsProperty().get() != null);
        alice.outcome.set(DecisionOutcome.REFER);
        alice.amount.set("1,500,000.50");
        alice.currency.set("usd");
        alice.duration.set("36");
        alice.conditions.setAll(List.of("Guarantee", "Quarterly accounts"));
        alice.save();
        waitForMessage(alice, "Decision saved (version 1).");

        DecisionModel reopened = new DecisionModel(second);
        second.reload();
        // The form is filled on the FX thread field by field: read it once that turn is over.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopened.outcome.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("1500000.50", "USD", "36", "[Guarantee, Quarterly accounts]"), List.of(
                reopened.amount.get(), reopened.currency.get(), reopened.duration.get(),
                reopened.conditions.toString()));
        reopened.duration.set("48");
        reopened.save();
        waitForMessage(reopened, "Decision saved (version 2).");
    }

    private static void waitForMessage(DecisionModel model, String message) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.equals(model.message.get()));
    }
}
