package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every back-end of {@link SharedRecords} must do, whatever its engine. A back-end's test extends
 * this and opens two handles on one empty store: {@link #first()} and {@link #second()} stand for two
 * workstations (two connections) working on the same records.
 */
abstract class SharedRecordsContract {

    static final Analyst ALICE = new Analyst("6413297aad6e59418e7748f9", "Alice Martin");
    static final Analyst BOB = new Analyst("6413297aad6e59418e7748aa", null);
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final String request = "req-" + UUID.randomUUID();

    /** A handle on the store under test, empty at the start of each test. */
    abstract SharedRecords first();

    /** A second handle on the same store, through its own connection. */
    abstract SharedRecords second();

    @Test
    void aNewNoteIsAtVersionOneWithItsAuthorAndIsAudited() {
        StoredNote note = first().notes().add(request, "Cash **tight** in Q3", ALICE, T0);

        assertEquals(1, note.version());
        assertEquals(List.of(note), second().notes().forRequest(request));
        assertEquals(ALICE, second().notes().find(note.id()).orElseThrow().author());
        assertEquals(List.of(new AuditEntry(request, AuditAction.NOTE_ADDED, note.id() + "@1", ALICE, T0,
                Map.of("note", note.id(), "version", "1"))), second().audit().forRequest(request));
    }

    @Test
    void twoEditorsOfTheSameVersionTheSecondGetsAConflictAndNothingIsOverwritten() {
        StoredNote note = first().notes().add(request, "draft", ALICE, T0);

        StoredNote byAlice = first().notes().edit(note.id(), 1, "Alice's text", ALICE, T0.plusSeconds(60));
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> second().notes().edit(note.id(), 1, "Bob's text", BOB, T0.plusSeconds(61)));

        assertEquals(2, byAlice.version());
        assertEquals(EditConflictException.Subject.NOTE, conflict.subject());
        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.currentVersion());
        assertEquals(ALICE, conflict.changedBy());
        assertEquals(T0.plusSeconds(60), conflict.changedAt());
        StoredNote saved = second().notes().find(note.id()).orElseThrow();
        assertEquals("Alice's text", saved.text());
        assertEquals(Optional.of(ALICE), saved.editedBy());
        assertEquals(ALICE, saved.author());
        assertEquals(List.of(AuditAction.NOTE_ADDED, AuditAction.NOTE_EDITED), actions());

        StoredNote byBob = second().notes().edit(note.id(), 2, "Bob's text, merged", BOB, T0.plusSeconds(90));
        assertEquals(3, byBob.version());
        assertEquals(List.of(AuditAction.NOTE_ADDED, AuditAction.NOTE_EDITED, AuditAction.NOTE_EDITED), actions());
    }

    @Test
    void editingANoteThatDoesNotExistIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> first().notes().edit("nope", 1, "x", ALICE, T0));
        assertEquals(List.of(), actions());
    }

    @Test
    void notesOfARequestComeOldestFirstAndStayWithTheirRequest() {
        StoredNote second = first().notes().add(request, "second", ALICE, T0.plusSeconds(5));
        StoredNote firstNote = first().notes().add(request, "first", BOB, T0);
        first().notes().add("other-" + request, "elsewhere", ALICE, T0);

        assertEquals(List.of(firstNote, second), second().notes().forRequest(request));
    }

    @Test
    void aChangedDecisionKeepsTheEarlierOneInTheHistory() {
        DecisionTerms approve = new DecisionTerms(DecisionOutcome.APPROVE, Optional.of(new BigDecimal("1500000.50")),
                Optional.of("EUR"), Optional.of(24), List.of("Quarterly accounts", "Personal guarantee"),
                Optional.of("Solid bank flows"));
        DecisionTerms refer = new DecisionTerms(DecisionOutcome.REFER, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());

        StoredDecision made = first().decisions().decide(request, 0, approve, ALICE, T0);
        StoredDecision changed = second().decisions().decide(request, 1, refer, BOB, T0.plusSeconds(30));

        assertEquals(1, made.version());
        assertEquals(2, changed.version());
        assertEquals(Optional.of(changed), first().decisions().current(request));
        List<StoredDecision> history = first().decisions().history(request);
        assertEquals(List.of(made, changed), history);
        assertEquals(new BigDecimal("1500000.50"), history.get(0).terms().limitAmount().orElseThrow());
        assertEquals("1500000.50", history.get(0).terms().limitAmount().orElseThrow().toPlainString());
        assertEquals(List.of(AuditAction.DECISION_MADE, AuditAction.DECISION_CHANGED), actions());
        assertEquals(Map.of("outcome", "approve", "version", "1", "limit", "1500000.50", "currency", "EUR",
                "durationMonths", "24"), first().audit().forRequest(request).get(0).details());
    }

    @Test
    void theDecisionsInForceOfEveryRequestAreReadAtOnceEachTheLatestWithItsConditions() {
        String other = "req-" + UUID.randomUUID();
        String undecided = "req-" + UUID.randomUUID();
        DecisionTerms approve = new DecisionTerms(DecisionOutcome.APPROVE, Optional.of(new BigDecimal("250000")),
                Optional.of("EUR"), Optional.of(12), List.of("Quarterly accounts", "Personal guarantee"),
                Optional.empty());
        DecisionTerms refer = new DecisionTerms(DecisionOutcome.REFER, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of("Ask for the 2024 accounts"), Optional.empty());
        first().decisions().decide(request, 0, approve, ALICE, T0);
        StoredDecision latest = second().decisions().decide(request, 1, refer, BOB, T0.plusSeconds(30));
        StoredDecision only = first().decisions().decide(other, 0, approve, ALICE, T0.plusSeconds(60));

        Map<String, StoredDecision> inForce = second().decisions().currentByRequest();

        assertEquals(latest, inForce.get(request), "version 2, not the approval it replaced");
        assertEquals(List.of("Ask for the 2024 accounts"), inForce.get(request).terms().conditions());
        assertEquals(only, inForce.get(other));
        assertEquals(List.of("Quarterly accounts", "Personal guarantee"), inForce.get(other).terms().conditions());
        assertFalse(inForce.containsKey(undecided));
        assertEquals(first().decisions().current(request), Optional.of(inForce.get(request)));
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflictAndNothingIsSaved() {
        DecisionTerms decline = new DecisionTerms(DecisionOutcome.DECLINE, null, null, null, null,
                Optional.of("Negative equity"));
        first().decisions().decide(request, 0, decline, ALICE, T0);

        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> second().decisions().decide(request, 0, decline, BOB, T0.plusSeconds(1)));

        assertEquals(EditConflictException.Subject.DECISION, conflict.subject());
        assertEquals(1, conflict.currentVersion());
        assertEquals(ALICE, conflict.changedBy());
        assertEquals(1, first().decisions().history(request).size());
        assertEquals(List.of(AuditAction.DECISION_MADE), actions());
    }

    @Test
    void twoDesktopsDecidingAtOnceFromNoDecisionOneSavesTheOtherGetsAConflict() throws Exception {
        DecisionTerms approve = new DecisionTerms(DecisionOutcome.APPROVE, Optional.of(new BigDecimal("1000")),
                Optional.of("EUR"), null, null, null);
        DecisionTerms decline = new DecisionTerms(DecisionOutcome.DECLINE, null, null, null, null, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            List<Future<StoredDecision>> attempts = List.of(
                    desks.submit(() -> {
                        start.await();
                        return first().decisions().decide(request, 0, approve, ALICE, T0);
                    }),
                    desks.submit(() -> {
                        start.await();
                        return second().decisions().decide(request, 0, decline, BOB, T0);
                    }));
            start.countDown();
            int saved = 0;
            int conflicts = 0;
            for (Future<StoredDecision> attempt : attempts) {
                try {
                    assertEquals(1, attempt.get(30, TimeUnit.SECONDS).version());
                    saved++;
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof EditConflictException, e.getCause().toString());
                    conflicts++;
                }
            }
            assertEquals(1, saved);
            assertEquals(1, conflicts);
        } finally {
            desks.shutdownNow();
        }
        assertEquals(1, first().decisions().history(request).size());
        assertEquals(List.of(AuditAction.DECISION_MADE), actions());
    }

    @Test
    void aRequestWithoutDecisionHasNoCurrentOneAndAnEmptyHistory() {
        assertEquals(Optional.empty(), first().decisions().current(request));
        assertEquals(List.of(), first().decisions().history(request));
    }

    @Test
    void anActionOnTheSameSubjectIsRecordedOnceAndActionsOnTheRequestItselfAlwaysAppend() {
        AuditEntry report = new AuditEntry(request, AuditAction.REPORT_RECEIVED, "report-1", ALICE, T0,
                Map.of("source", "bank", "grade", "B"));
        AuditEntry export = new AuditEntry(request, AuditAction.EXPORTED, null, ALICE, T0.plusSeconds(1),
                Map.of("format", "pdf"));

        assertTrue(first().audit().record(report));
        assertFalse(second().audit().record(report));
        assertTrue(first().audit().record(export));
        assertTrue(second().audit().record(export));

        assertEquals(List.of(report, export, export), first().audit().forRequest(request));
    }

    @Test
    void theTrailIsOldestFirstAndEntriesOfOneInstantKeepTheirOrder() {
        Instant same = T0.plusSeconds(10);
        AuditEntry late = new AuditEntry(request, AuditAction.EXPORTED, null, BOB, T0.plusSeconds(20), Map.of());
        AuditEntry a = new AuditEntry(request, AuditAction.DOCUMENT_SENT, "a", ALICE, same, Map.of("file", "a.pdf"));
        AuditEntry b = new AuditEntry(request, AuditAction.DOCUMENT_SENT, "b", ALICE, same, Map.of("file", "b.pdf"));
        AuditEntry created = new AuditEntry(request, AuditAction.REQUEST_CREATED, null, ALICE, T0, Map.of());
        first().audit().record(late);
        first().audit().record(a);
        second().audit().record(b);
        second().audit().record(created);
        first().audit().record(new AuditEntry("other-" + request, AuditAction.REQUEST_CREATED, null, BOB, T0, null));

        assertEquals(List.of(created, a, b, late), first().audit().forRequest(request));
    }

    private List<AuditAction> actions() {
        return first().audit().forRequest(request).stream().map(AuditEntry::action).toList();
    }
}
