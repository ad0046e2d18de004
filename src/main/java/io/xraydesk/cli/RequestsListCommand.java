package io.xraydesk.cli;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.CachedRequestFacts;
import io.xraydesk.core.xray.XRayOutcome;
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
 * webhook), or with a team database every request the team knows, most recently updated first, with its
 * X-Rays in the words of every other place (see docs/xray-states.md), decided from the known reports and
 * the files this computer sent. Sends nothing: the API has no
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
        Map<String, Map<Source, XRayOutcome>> outcomes = new LinkedHashMap<>();
        List<CachedRequest> requests = known(context, outcomes);
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
                for (XRayOutcome outcome : outcomes.get(request.id()).values()) {
                    Map<String, Object> xray = new LinkedHashMap<>();
                    xray.put("state", outcome.status().word());
                    xray.put("grade", outcome.grade());
                    xray.put("reason", outcome.reason());
                    xrays.put(outcome.source().wire(), xray);
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
                        RequestPrinter.orDash(request.stage()), xrays(outcomes.get(request.id()))));
            }
        }
        return ExitCode.OK;
    }

    /**
     * The team's requests when a team database is set (docs/team.md), else this computer's, each with its
     * X-Rays put in {@code outcomes}: from the team's reports then, and always the files sent from here.
     */
    private static List<CachedRequest> known(CliContext context, Map<String, Map<Source, XRayOutcome>> outcomes) {
        Optional<TeamDatabase> team = context.openTeamDatabase();
        try (LocalDatabase local = context.openDatabase()) {
            if (team.isPresent()) {
                try (TeamDatabase database = team.get()) {
                    List<CachedRequest> requests = database.requestCache().all();
                    requests.forEach(request -> outcomes.put(request.id(), CachedRequestFacts.outcomes(
                            database.reportCache(), local.uploadJournal(), request)));
                    return requests;
                }
            }
            List<CachedRequest> requests = local.requestCache().all();
            requests.forEach(request -> outcomes.put(request.id(), CachedRequestFacts.outcomes(local, request)));
            return requests;
        }
    }

    /** "doc ready  bank B  financial awaiting documents…": the grade where there is one, else the state. */
    private static String xrays(Map<Source, XRayOutcome> outcomes) {
        List<String> words = new ArrayList<>();
        for (XRayOutcome outcome : outcomes.values()) {
            words.add(Messages.get("requests.cli.xray", outcome.source().wire(),
                    outcome.grade() != null ? outcome.grade() : outcome.status().label()));
        }
        return String.join("  ", words);
    }
}
