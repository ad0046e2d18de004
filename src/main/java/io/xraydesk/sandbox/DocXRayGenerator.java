package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.util.List;
import java.util.Random;

/**
 * Doc X-Ray: 11 checks on the document, an alert per suspicious element with severity {@code warning}
 * or {@code critical}, and an overall flag (docs/october-api.md, Reports). Only the first three check names are
 * documented; the other eight are plausible sandbox names. No letter grade: {@code score} is null.
 */
final class DocXRayGenerator implements XRayGenerator {

    static final List<String> CHECKS = List.of(
            "Edited text", "Inconsistent font", "Overlaid & overlapped text",
            "Metadata modification date", "Producer software", "Incremental saves",
            "Embedded images", "Digital signature", "Page structure", "Hidden layers", "Amount consistency");

    @Override
    public Source source() {
        return Source.DOC;
    }

    @Override
    public GeneratedReport generate(ReportInput input) {
        Random random = input.random();
        ObjectNode data = WireJson.mapper().createObjectNode();
        data.put("documentName", input.medium() == null ? null : input.medium().name());
        // The classifier's answer follows the category the document was sent as; a document sent
        // without one is classified as one of the kinds the Doc X-Ray recognises.
        String guessed = random.nextBoolean() ? "registration_document" : "bank_details";
        data.put("documentType", documentType(input.category(), guessed));
        data.put("checksRun", CHECKS.size());
        ArrayNode checks = data.putArray("checks");
        ArrayNode alerts = data.putArray("alerts");
        boolean critical = false;
        for (String check : CHECKS) {
            // about one check in eight raises an alert; a quarter of alerts are critical
            boolean alert = random.nextInt(8) == 0;
            checks.addObject().put("name", check).put("passed", !alert);
            if (alert) {
                String severity = random.nextInt(4) == 0 ? "critical" : "warning";
                critical |= severity.equals("critical");
                ObjectNode a = alerts.addObject();
                a.put("name", check).put("severity", severity).put("page", 1 + random.nextInt(4));
                a.putObject("zone").put("x", random.nextInt(500)).put("y", random.nextInt(700))
                        .put("width", 40 + random.nextInt(200)).put("height", 10 + random.nextInt(40));
            }
        }
        data.put("flag", critical ? "critical" : alerts.isEmpty() ? "ok" : "warning");
        return new GeneratedReport(null, data);
    }

    private static String documentType(DocumentCategory category, String guessed) {
        if (category == null) {
            return guessed;
        }
        return switch (category) {
            case BANK_STATEMENT -> "bank_statement";
            case CERTIFIED_FINANCIAL_STATEMENT, INTERIM_FINANCIAL_STATEMENT -> "financial_statement";
            case OTHER -> guessed;
        };
    }
}
