package io.xraydesk.cli;

import io.xraydesk.core.analystnotes.NoteDocument;
import io.xraydesk.core.analystnotes.NoteMarkup;
import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.StoredNote;
import java.util.LinkedHashMap;
import java.util.Map;

/** A note as {@code note add --json} and {@code note list --json} print it. */
final class NoteJson {

    private NoteJson() {
    }

    static Map<String, Object> of(StoredNote note) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", note.id());
        result.put("requestId", note.requestId());
        result.put("version", note.version());
        result.put("author", note.author().userId());
        result.put("createdAt", note.createdAt().toString());
        result.put("editedBy", note.editedBy().map(Analyst::userId).orElse(null));
        result.put("editedAt", note.editedAt().map(Object::toString).orElse(null));
        NoteDocument document = NoteMarkup.parse(note.text());
        result.put("text", note.text());
        result.put("plainText", document.plainText());
        result.put("quotations", document.quotations().stream().map(NoteJson::quotation).toList());
        return result;
    }

    /** A quotation with its value as the report holds it and as the reader's screen shows it. */
    private static Map<String, Object> quotation(Quotation quotation) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("source", quotation.source());
        result.put("reportId", quotation.reportId());
        result.put("reportDate", quotation.reportDate().toString());
        result.put("path", quotation.path());
        result.put("name", quotation.name());
        result.put("value", quotation.value());
        result.put("shown", quotation.shownValue());
        return result;
    }
}
