package io.xraydesk.cli;

import io.xraydesk.core.analystnotes.NoteMarkup;
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
        result.put("text", note.text());
        result.put("plainText", NoteMarkup.parse(note.text()).plainText());
        return result;
    }
}
