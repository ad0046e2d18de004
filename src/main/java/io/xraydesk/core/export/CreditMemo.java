package io.xraydesk.core.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a credit memo holds, every text already in the reader's language: the request with its reports
 * and summary (the newest report of each X-Ray comes first in {@link ExportSubject#reports()}), the
 * decision in force, the analysts' notes, the documents analysed, the audit trail, and who produced
 * the memo and when.
 */
public record CreditMemo(ExportSubject subject, Optional<Decision> decision, List<Note> notes,
        List<Document> documents, List<TrailLine> trail, String producedBy, Instant producedAt) {

    public CreditMemo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subject.summary(), "subject.summary");
        decision = decision == null ? Optional.empty() : decision;
        notes = List.copyOf(notes);
        documents = List.copyOf(documents);
        trail = List.copyOf(trail);
        Objects.requireNonNull(producedBy, "producedBy");
        Objects.requireNonNull(producedAt, "producedAt");
    }

    /**
     * The decision in force, in words.
     *
     * @param limit    the amount and currency as the reader writes them, or empty (declined, or none)
     * @param duration the duration in words, or empty
     */
    public record Decision(String outcome, Optional<String> limit, Optional<String> duration,
            List<String> conditions, Optional<String> justification, String decidedBy, Instant decidedAt,
            long version) {

        public Decision {
            conditions = List.copyOf(conditions);
        }
    }

    /** A note as plain text, one entry per line (bullets as "•"), with who last wrote it and when. */
    public record Note(String by, Instant at, List<String> lines) {

        public Note {
            lines = List.copyOf(lines);
        }
    }

    /** A document sent for the request, as its sending was recorded; its category and period in the reader's words. */
    public record Document(String fileName, String category, String period, String date, Instant sentAt,
            String sha256) {
    }

    /** One entry of the request's audit trail. */
    public record TrailLine(Instant at, String who, String what) {
    }
}
