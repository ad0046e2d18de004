package io.xraydesk.cli;

import io.xraydesk.core.analystnotes.NoteMarkup;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.StoredNote;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * {@code note list <requestId>}: the request's notes on this workstation, oldest first, each under a
 * line naming its author, time and version, as plain text (bullets as "•", quotations by their label).
 */
final class NoteListCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("note", "list");
    }

    @Override
    public String summary() {
        return "show the notes of a request, oldest first";
    }

    @Override
    public String usage() {
        return "<requestId>";
    }

    @Override
    public int run(CliContext context, Args args) {
        String requestId = args.allowOnly(Set.of()).onlyPositional("a request id");
        List<StoredNote> notes = StoredRecords.of(context, requestId, database -> database.notes().forRequest(requestId),
                "cli.note.none");
        if (context.json()) {
            context.printJson(notes.stream().map(NoteJson::of).toList());
            return ExitCode.OK;
        }
        for (StoredNote note : notes) {
            context.out().println(header(note));
            NoteMarkup.parse(note.text()).plainText().lines().forEach(line -> context.out().println("  " + line));
            context.out().println();
        }
        return ExitCode.OK;
    }

    private static String header(StoredNote note) {
        String created = note.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
        return note.editedBy().map(editor -> Messages.get("cli.note.list_edited", note.author().displayName(), created,
                note.version(), editor.displayName(), note.lastChangedAt().truncatedTo(ChronoUnit.SECONDS).toString()))
                .orElseGet(() -> Messages.get("cli.note.list_header", note.author().displayName(), created,
                        note.version()));
    }
}
