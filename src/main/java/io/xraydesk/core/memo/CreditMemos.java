package io.xraydesk.core.memo;

import io.xraydesk.core.analystnotes.NoteMarkup;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.audit.AuditText;
import io.xraydesk.core.decision.DecisionWords;
import io.xraydesk.core.documents.DocumentWords;
import io.xraydesk.core.export.CreditMemo;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.export.MemoPdf;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StoredDecision;
import io.xraydesk.store.StoredNote;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers a credit memo: the request as exported (its reports and summary), and from the store the
 * decision in force, the notes, the documents sent (as the audit trail recorded their sending, which a
 * team shares, with their SHA-256) and the whole trail. Every text in the language of {@link Messages}.
 * Blocking: reads the store.
 */
public final class CreditMemos {

    private CreditMemos() {
    }

    /**
     * Gathers the memo, writes it to {@code out} (whole or not at all; an interrupted thread leaves no
     * file) and records it in the request's audit trail, in the language of {@link Messages}: what the
     * command line's {@code memo} and the request page's "Credit memo…" both do.
     */
    public static void produce(ExportSubject subject, SharedRecords records, AuditRecorder audit, String producedBy,
            Path out) throws IOException {
        CreditMemo memo = assemble(subject, records, producedBy, Instant.now());
        new MemoPdf().write(memo, out);
        audit.memoProduced(subject.request().id(), out, Messages.locale());
    }

    public static CreditMemo assemble(ExportSubject subject, SharedRecords records, String producedBy,
            Instant producedAt) {
        String requestId = subject.request().id();
        List<AuditEntry> trail = records.audit().forRequest(requestId);
        return new CreditMemo(subject, records.decisions().current(requestId).map(CreditMemos::decision),
                records.notes().forRequest(requestId).stream().map(CreditMemos::note).toList(),
                trail.stream().filter(entry -> entry.action() == AuditAction.DOCUMENT_SENT)
                        .map(CreditMemos::document).toList(),
                trail.stream().map(entry -> new CreditMemo.TrailLine(entry.at(), entry.actor().displayName(),
                        AuditText.describe(entry))).toList(),
                producedBy, producedAt);
    }

    private static CreditMemo.Decision decision(StoredDecision decision) {
        DecisionTerms terms = decision.terms();
        Optional<String> limit = terms.limitAmount().map(amount -> DecisionWords.limit(amount, terms.currency().orElseThrow()));
        return new CreditMemo.Decision(DecisionWords.outcome(terms.outcome()), limit,
                terms.durationMonths().map(String::valueOf), terms.conditions(), terms.justification(),
                decision.decidedBy().displayName(), decision.decidedAt(), decision.version());
    }

    private static CreditMemo.Note note(StoredNote note) {
        List<String> lines = NoteMarkup.parse(note.text()).plainText().lines().filter(line -> !line.isBlank()).toList();
        return new CreditMemo.Note(note.lastChangedBy().displayName(), note.lastChangedAt(), lines);
    }

    private static CreditMemo.Document document(AuditEntry sent) {
        Map<String, String> d = sent.details();
        return new CreditMemo.Document(d.getOrDefault("file", sent.subject()), DocumentWords.category(d.get("category")),
                DocumentWords.period(d.get("period")), d.get("date"), sent.at(), d.get("sha256"));
    }
}
