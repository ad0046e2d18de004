package io.xraydesk.cli;

import io.xraydesk.store.SharedRecords;
import java.util.List;
import java.util.Set;

/**
 * A command that lists what the store holds for one request ({@code <requestId>}, no options): none is
 * "not found" (see {@link StoredRecords}); with {@code --json} the rows as an array, otherwise as text.
 * Subclasses give their words and summary, say which rows, which message reports none, and how one row
 * is printed.
 */
abstract class RequestRowsCommand<T> implements Command {

    private final List<String> words;
    private final String summary;
    private final String emptyKey;

    /** {@code emptyKey}: the message for a request with no rows, whose argument is the request id. */
    RequestRowsCommand(List<String> words, String summary, String emptyKey) {
        this.words = List.copyOf(words);
        this.summary = summary;
        this.emptyKey = emptyKey;
    }

    @Override
    public final List<String> words() {
        return words;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String usage() {
        return "<requestId>";
    }

    @Override
    public final int run(CliContext context, Args args) {
        String requestId = args.allowOnly(Set.of()).onlyPositional("a request id");
        List<T> rows = StoredRecords.of(context, requestId, records -> rows(records, requestId), emptyKey);
        if (context.json()) {
            context.printJson(rows.stream().map(this::json).toList());
        } else {
            rows.forEach(row -> print(context, row));
        }
        return ExitCode.OK;
    }

    /** The request's rows, oldest first. */
    abstract List<T> rows(SharedRecords records, String requestId);

    /** One row as the JSON array holds it. */
    abstract Object json(T row);

    /** One row as text. */
    abstract void print(CliContext context, T row);
}
