package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Outcomes a test or a demo orders for the next report of one X-Ray of one request ({@code POST
 * /_sandbox/outcomes}): rated as generated, not rated, or failed. The October documentation shows
 * only the Bank and ESG ways of not rating; the shapes used for the others, and for a failure, are the
 * sandbox's, described in docs/sandbox.md and read by the application as docs/xray-states.md says.
 */
final class ReportOutcomes {

    /** What the next report of one X-Ray becomes. */
    enum Outcome {
        RATED, NOT_RATED, FAILED;

        static Optional<Outcome> parse(String text) {
            for (Outcome outcome : values()) {
                if (outcome.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return Optional.of(outcome);
                }
            }
            return Optional.empty();
        }
    }

    /** Below the Bank X-Ray's 70 % threshold, so the report carries no score (as documented). */
    static final int NOT_RATED_DATA_SANITY = 62;

    private final Map<String, Outcome> ordered = new HashMap<>();

    synchronized void order(String requestId, Source source, Outcome outcome) {
        ordered.put(key(requestId, source), outcome);
    }

    /** The generated report, reshaped as ordered for this request and source; the order is used up. */
    synchronized GeneratedReport apply(String requestId, Source source, GeneratedReport generated) {
        Outcome outcome = ordered.remove(key(requestId, source));
        if (outcome == null || outcome == Outcome.RATED) {
            return generated;
        }
        return outcome == Outcome.FAILED ? failed(source) : notRated(source, generated.data());
    }

    private static GeneratedReport notRated(Source source, ObjectNode data) {
        switch (source) {
            case BANK -> data.put("dataSanity", NOT_RATED_DATA_SANITY);
            case ESG -> {
                data.putArray("missingInputs").add("ESG questionnaire").add("Number of employees");
                data.putNull("overall");
                data.putObject("scores").putNull("environmental").putNull("social").putNull("governance");
            }
            case FINANCIAL -> {
                data.putNull("probabilityOfDefault");
                data.putNull("grade");
                data.put("notRatedReason", "The financial statements cover less than twelve months");
            }
            case DOC -> {
                data.putNull("flag");
                data.put("notRatedReason", "The document type could not be recognised");
            }
            case MANAGER -> data.put("notRatedReason", "No manager is listed in the company register");
        }
        return new GeneratedReport(null, data);
    }

    private static GeneratedReport failed(Source source) {
        ObjectNode data = WireJson.mapper().createObjectNode();
        data.putObject("error").put("code", "extraction_failed")
                .put("message", source == Source.ESG || source == Source.MANAGER
                        ? "The analysis could not be completed"
                        : "No text could be extracted from the document (scanned image?)");
        return new GeneratedReport(null, data);
    }

    private static String key(String requestId, Source source) {
        return requestId + ":" + source.wire();
    }
}
