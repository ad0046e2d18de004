package io.xraydesk.cli;

import io.xraydesk.core.analystnotes.AnalystNotes;
import io.xraydesk.core.i18n.Messages;

import io.xraydesk.store.StoredNote;
import io.xraydesk.store.WorkstationStore;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * {@code note add <requestId> <text>}: adds a note in the notes markup to a request, in the name of
 * the credentials' user. The text is checked first, then the request is looked up on the API (so a
 * mistyped id is not given a note), then the note is saved with its audit entry. Each {@code --quote}
 * appends a quotation of a value of the request's newest report of that X-Ray, with its source and date.
 */
final class NoteAddCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("note", "add");
    }

    @Override
    public String summary() {
        return "add a note to a request (paragraphs, - bullets, **bold**)";
    }

    @Override
    public String usage() {
        return "<requestId> <text> [--quote <xray>:<place>]...   (e.g. --quote bank:/score)";
    }

    @Override
    public int run(CliContext context, Args args) {
        List<String> positionals = args.allowOnly(Set.of("quote")).positionals();
        if (positionals.size() != 2) {
            throw new UsageException("give a request id and the note's text (quoted)");
        }
        String requestId = positionals.get(0);
        List<QuoteSpec> quotes = args.options("quote").stream().map(QuoteSpec::parse).toList();
        String text = AnalystNotes.checked(positionals.get(1));
        context.client().getRequest(requestId);
        for (QuoteSpec quote : quotes) {
            text += " " + quote.quotation(context.client(), requestId).toMarkup();
        }
        StoredNote note;
        try (WorkstationStore store = context.openStore()) {
            note = new AnalystNotes(store.notes(), store.noteDrafts(), context.analyst(), Clock.systemUTC())
                    .add(requestId, text);
        }
        if (context.json()) {
            context.printJson(NoteJson.of(note));
        } else {
            context.out().println(Messages.get("cli.note.added", note.id(), requestId));
        }
        return ExitCode.OK;
    }
}
