package io.xraydesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.Answer;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.LiveRequestFacts;
import io.xraydesk.core.xray.RequestFacts;
import io.xraydesk.core.xray.XRayJson;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayRules;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code request get <id>}: one request as the API has it now, and the state of each of its five
 * X-Rays. {@code --json} prints the request with one added key, {@code xrays} ({@link XRayJson}).
 */
final class RequestGetCommand implements Command {

    @Override
    public List<String> words() {
        return List.of("request", "get");
    }

    @Override
    public String summary() {
        return "show one request (status, stage, company) and the state of its five X-Rays";
    }

    @Override
    public String usage() {
        return "<requestId>";
    }

    @Override
    public int run(CliContext context, Args args) {
        String id = args.allowOnly(Set.of()).onlyPositional("a request id");
        Answer<AnalysisRequest> answer = context.client().getRequestAnswer(id);
        RequestFacts facts = new RequestFacts(answer.value(), context.client().listReports(id, null),
                LiveRequestFacts.documents(context.client(), LocalJournal.itemsOf(context, id)));
        Map<Source, XRayOutcome> xrays = XRayRules.outcomes(facts);
        if (context.json()) {
            context.printJson(withXRays(answer.json(), XRayJson.of(xrays)));
        } else {
            RequestPrinter.print(context.out(), facts.request());
            xrays.values().forEach(xray -> context.out().println(xray.line()));
        }
        return ExitCode.OK;
    }

    /** The server's answer as sent, with the derived {@code xrays} as its one added key. */
    private static JsonNode withXRays(JsonNode sent, JsonNode xrays) {
        if (!(sent instanceof ObjectNode object)) {
            return sent;
        }
        ObjectNode copy = object.deepCopy();
        copy.set("xrays", xrays);
        return copy;
    }
}
