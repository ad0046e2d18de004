package io.xraydesk.core.creditfile;

import io.xraydesk.core.analystnotes.AnalystNotes;
import io.xraydesk.core.analystnotes.DraftKeeper;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.decision.CreditDecisions;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.memo.CreditMemos;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.store.StoredDecision;
import io.xraydesk.store.StoredNote;
import io.xraydesk.store.WorkstationStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the signed-in analyst adds to requests beside their reports, for the window: notes (with the
 * draft of the one being typed), the decision and its history, the audit trail, and the credit memo
 * (docs/workflow.md). One per session; every method but {@link #keepDraft} blocks on the store, so
 * the window calls them from its background tasks.
 */
public final class CreditFile implements AutoCloseable {

    private final WorkstationStore store;
    private final Analyst analyst;
    private final AnalystNotes notes;
    private final CreditDecisions decisions;
    private final AuditRecorder audit;
    private final Clock clock;
    private final Duration draftDelay;
    /** The one thread the drafts of the session are written on. */
    private final ScheduledExecutorService draftWriter = DraftKeeper.newWriterThread();

    /** @param draftDelay at most how long typing waits before its draft is written ({@link DraftKeeper}) */
    public CreditFile(WorkstationStore store, Analyst analyst, Clock clock, Duration draftDelay) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyst = Objects.requireNonNull(analyst, "analyst");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.draftDelay = Objects.requireNonNull(draftDelay, "draftDelay");
        this.notes = new AnalystNotes(store.notes(), store.noteDrafts(), analyst, clock);
        this.decisions = new CreditDecisions(store.decisions(), analyst, clock);
        this.audit = new AuditRecorder(store.audit(), analyst, clock);
    }

    /** The request's notes and decisions (oldest first) and its whole audit trail (oldest first). */
    public Contents read(String requestId) {
        return new Contents(notes.forRequest(requestId), decisions.history(requestId),
                store.audit().forRequest(requestId));
    }

    /** @throws io.xraydesk.core.analystnotes.NoteRefusedException when the text is blank or too long */
    public StoredNote addNote(String requestId, String text) {
        return notes.add(requestId, text);
    }

    /** @throws io.xraydesk.store.EditConflictException when someone decided since {@code seenVersion} */
    public StoredDecision decide(String requestId, long seenVersion, DecisionTerms terms) {
        return decisions.decide(requestId, seenVersion, terms);
    }

    /** The text of the new note being typed on the request when the window last closed or crashed. */
    public Optional<String> newNoteDraft(String requestId) {
        return store.noteDrafts().find(requestId, Optional.empty()).map(NoteDraft::text);
    }

    /** Keeps the draft of the request's new note as it is typed; returns at once. */
    public DraftKeeper keepDraft(String requestId) {
        return new DraftKeeper(store.noteDrafts(), requestId, Optional.empty(), Optional.empty(), clock, draftWriter,
                draftDelay);
    }

    /** Writes the request's credit memo to {@code out} and records it (see {@link CreditMemos#produce}). */
    public void writeMemo(ExportSubject subject, Path out) throws IOException {
        CreditMemos.produce(subject, store, audit, analyst.displayName(), out);
    }

    /**
     * Stops the draft writer once the drafts handed to it are written: keepers closed before this
     * still save their last text.
     */
    @Override
    public void close() {
        draftWriter.shutdown();
    }

    /** A request's records, as read at one moment. */
    public record Contents(List<StoredNote> notes, List<StoredDecision> decisions, List<AuditEntry> trail) {

        public Contents {
            notes = List.copyOf(notes);
            decisions = List.copyOf(decisions);
            trail = List.copyOf(trail);
        }

        /** The version of the decision in force; 0 when none was made. */
        public long decisionVersion() {
            return decisions.isEmpty() ? 0 : decisions.get(decisions.size() - 1).version();
        }
    }
}
