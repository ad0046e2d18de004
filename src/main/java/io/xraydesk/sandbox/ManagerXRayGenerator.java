package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.util.List;
import java.util.Random;

/**
 * Manager X-Ray. Its content is undocumented (docs/october-api.md, open question OQ-18); the sandbox lists the managers
 * ({@code name, role, since}) and the checks run on them ({@code name, status ok|warning|alert, detail}). No letter
 * grade.
 */
final class ManagerXRayGenerator implements XRayGenerator {

    private static final List<String> FIRST = List.of("Claire", "Thomas", "Sophie", "Nicolas", "Camille",
            "Julien", "Emma", "Antoine", "Léa", "Hugo", "Anouk", "Daan");
    private static final List<String> LAST = List.of("Martin", "Bernard", "Dubois", "Durand", "Lefebvre",
            "Moreau", "Laurent", "Garnier", "de Vries", "Jansen", "Rousseau", "Fournier");
    private static final List<String> ROLES = List.of("Président", "Directeur général", "Directeur général délégué",
            "Gérant");
    private static final List<String> CHECKS = List.of("Sanctions lists", "Politically exposed person",
            "Past insolvencies", "Other mandates", "Director disqualification");

    @Override
    public Source source() {
        return Source.MANAGER;
    }

    @Override
    public GeneratedReport generate(ReportInput input) {
        Random random = input.random();
        ObjectNode data = WireJson.mapper().createObjectNode();
        ArrayNode managers = data.putArray("managers");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            managers.addObject()
                    .put("name", pick(FIRST, random) + " " + pick(LAST, random))
                    .put("role", ROLES.get(Math.min(i, ROLES.size() - 1)))
                    .put("since", (1995 + random.nextInt(29)) + "-0" + (1 + random.nextInt(9)) + "-01");
        }
        ArrayNode checks = data.putArray("checks");
        for (String check : CHECKS) {
            int roll = random.nextInt(10);
            String status = roll == 0 ? "alert" : roll < 3 ? "warning" : "ok";
            String detail = switch (status) {
                case "alert" -> "A match needs a manual review";
                case "warning" -> "Partial match on name only";
                default -> "No match";
            };
            checks.addObject().put("name", check).put("status", status).put("detail", detail);
        }
        return new GeneratedReport(null, data);
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
