package io.xraydesk.cli;

import io.xraydesk.core.analystnotes.NoteMarkup;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StoredNote;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code note list <requestId>}: the request's notes on this workstation, oldest first, each under a
 * line naming its author, time and version, as plain text (bullets as "•", quotations by their label).
 */
final class NoteListCommand extends RequestRowsCommand<StoredNote> {

    NoteListCommand() {
        super(List.of("note", "list"), "show the notes of a request, oldest first", "cli.note.none");
    }

    @Override
    List<StoredNote> rows(SharedRecords records, String requestId) {
        return records.notes().forRequest(requestId);
    }

    @Override
    void print(CliContext context, StoredNote note) {
        context.out().println(header(note));
        NoteMarkup.parse(note.text()).plainText().lines().forEach(line -> context.out().println("  " + line));
        context.out().println();
    }

    @Override
    Map<String, Object> json(StoredNote note) {
        return NoteJson.of(note);
    }

    private static String header(StoredNote note) {
        String created = note.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
        return note.editedBy().map(editor -> Messages.get("cli.note.list_edited", note.author().displayName(), created,
                note.version(), editor.displayName(), note.lastChangedAt().truncatedTo(ChronoUnit.SECONDS).toString()))
                .orElseGet(() -> Messages.get("cli.note.list_header", note.author().displayName(), created,
                        note.version()));
    }
}
