package io.xraydesk.cli;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.SourceSummary;
import io.xraydesk.core.watch.XRayState;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.TeamDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code requests list}: every request this computer knows (created here, opened by id, or announced by a
 * webhook), or with a team database every request the team knows, most recently updated first, with its X-Rays (pending, or ready with a grade), as the local list last
 * recorded them. Sends nothing: the API has no
 * list of requests (docs/october-api.md, Endpoints).
 */
final class RequestsListCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("requests", "list");
    }

    @Override
    public String summary() {
        return "every request known locally (or to the team), with its last known status";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        if (!args.allowOnly(Set.of()).positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positionals().get(0) + "'");
        }
        List<CachedRequest> requests = known(context);
        if (context.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CachedRequest request : requests) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", request.id());
                row.put("codeType", request.codeType());
                row.put("code", request.codeId());
                row.put("businessName", request.businessName());
                row.put("status", request.status());
                row.put("stage", request.stage());
                row.put("createdAt", request.createdAt() == null ? null : request.createdAt().toString());
                row.put("updatedAt", request.updatedAt() == null ? null : request.updatedAt().toString());
                row.put("origin", request.origin().name().toLowerCase(Locale.ROOT));
                Map<String, Object> xrays = new LinkedHashMap<>();
                SourceSummary summary = summary(request);
                for (Source source : Source.values()) {
                    XRayState state = summary.stateOf(source);
                    Map<String, Object> xray = new LinkedHashMap<>();
                    xray.put("state", state.kind().name().toLowerCase(Locale.ROOT));
                    xray.put("grade", state.grade());
                    xrays.put(source.wire(), xray);
                }
                row.put("xrays", xrays);
                rows.add(row);
            }
            context.printJson(rows);
        } else if (requests.isEmpty()) {
            context.out().println(Messages.get("requests.cli.none"));
        } else {
            for (CachedRequest request : requests) {
                context.out().println(Messages.get("requests.cli.line", request.id(),
                        RequestPrinter.orDash(request.codeType()), RequestPrinter.orDash(request.codeId()),
                        RequestPrinter.orDash(request.businessName()), RequestPrinter.orDash(request.status()),
                        RequestPrinter.orDash(request.stage()), xrays(summary(request))));
            }
        }
        return ExitCode.OK;
    }

    /** The team's requests when a team database is set (docs/team.md), else this computer's. */
    private static List<CachedRequest> known(CliContext context) {
        Optional<TeamDatabase> team = context.openTeamDatabase();
        if (team.isPresent()) {
            try (TeamDatabase database = team.get()) {
                return database.requestCache().all();
            }
        }
        try (LocalDatabase database = context.openDatabase()) {
            return database.requestCache().all();
        }
    }

    /** What the local list last recorded of the request's X-Rays; nothing recorded reads as none reported. */
    private static SourceSummary summary(CachedRequest request) {
        return request.sourceSummaryJson() == null ? SourceSummary.EMPTY
                : SourceSummary.fromJson(request.sourceSummaryJson());
    }

    private static String xrays(SourceSummary summary) {
        List<String> words = new ArrayList<>();
        for (Source source : Source.values()) {
            XRayState state = summary.stateOf(source);
            words.add(switch (state.kind()) {
                case READY -> Messages.get("requests.cli.xray.ready", source.wire(), RequestPrinter.orDash(state.grade()));
                case PENDING -> Messages.get("requests.cli.xray.pending", source.wire());
                case NOT_APPLICABLE -> Messages.get("requests.cli.xray.none", source.wire());
            });
        }
        return String.join("  ", words);
    }
}
