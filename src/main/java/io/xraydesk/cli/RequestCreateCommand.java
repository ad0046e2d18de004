package io.xraydesk.cli;

import io.xraydesk.api.Answer;
import io.xraydesk.api.CreatedUnreadableException;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.AsSent;
import io.xraydesk.core.requests.KnownIdentity;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SharedRecords;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code request create}: checks the input locally with the form's rules (nothing is sent when they
 * refuse it), creates the request, and remembers it in the local request list so the window shows it.
 */
final class RequestCreateCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("siren", "kvk", "name", "creator");

    @Override
    public List<String> words() {
        return List.of("request", "create");
    }

    @Override
    public String summary() {
        return "create an analysis request for a company";
    }

    @Override
    public String usage() {
        return "--siren <id> | --kvk <id> [--name <businessName>] [--creator <me|userId|email>]";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        if (!args.allowOnly(OPTIONS).positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        NewRequestInput input = NewRequestInput.from(args);
        // On stderr so that --json output stays one document.
        input.note().ifPresent(note -> SafeLines.println(context.err(), note));
        Answer<AnalysisRequest> created;
        try {
            created = context.client().createRequestAnswer(input.body());
        } catch (OutcomeUnknownException lost) {
            throw new CommandFailedException(ExitCode.SERVER_OR_NETWORK,
                    Messages.get("cli.request.outcome_unknown", lost.getMessage()));
        } catch (CreatedUnreadableException unreadable) {
            return createdUnreadable(context, input, unreadable);
        }
        remember(context, KnownIdentity.completed(created.value(), input.body()));
        if (context.json()) {
            context.printJson(created.json());
        } else {
            SafeLines.println(context.out(), Messages.get("cli.request.created",
                    RequestPrinter.orDash(created.value().id())));
            RequestPrinter.print(context.out(), created.value());
        }
        return ExitCode.OK;
    }

    /**
     * The server accepted the request but its answer cannot be read. With an id found in it, the
     * request exists: it is remembered as sent, and the command succeeds with a warning. Without one,
     * the request may exist and nothing tells which: exit 6 with the advice to look before retrying.
     */
    private static int createdUnreadable(CliContext context, NewRequestInput input,
            CreatedUnreadableException unreadable) {
        String id = unreadable.foundId().orElseThrow(() -> new CommandFailedException(ExitCode.SERVER_OR_NETWORK,
                Messages.get("cli.request.created_unreadable.no_id", unreadable.problem())));
        AnalysisRequest asSent = AsSent.request(id, input.body());
        remember(context, asSent);
        SafeLines.println(context.err(), Messages.get("cli.request.created_unreadable", RequestPrinter.orDash(id),
                unreadable.problem()));
        if (context.json()) {
            context.printJson(Map.of("id", id, "answerUnreadable", unreadable.problem()));
        } else {
            SafeLines.println(context.out(), Messages.get("cli.request.created", RequestPrinter.orDash(id)));
            RequestPrinter.print(context.out(), asSent);
        }
        return ExitCode.OK;
    }

    /**
     * Adds the request to the local list, or with a team database to the team's, with this analyst as
     * its creator, and its creation to its history. A list that cannot be written must not turn a
     * created request into a failure.
     */
    private static void remember(CliContext context, AnalysisRequest request) {
        Instant now = Instant.now();
        CachedRequest cached = RequestRecords.toCached(request, RequestOrigin.CREATED_HERE, StageTrail.EMPTY, now);
        try (SharedRecords records = context.openStore()) {
            records.requestCache().upsert(cached);
            records.followers().save(new RequestFollower(request.id(), context.analyst(),
                    RequestFollower.Relation.CREATED, now, 0));
            CommandAudit.recorder(context, records).requestCreated(request);
        } catch (Exception unwritable) {
            SafeLines.println(context.err(), Messages.get("cli.request.not_remembered", RequestPrinter.orDash(request.id()),
                    unwritable.getMessage()));
        }
    }
}
