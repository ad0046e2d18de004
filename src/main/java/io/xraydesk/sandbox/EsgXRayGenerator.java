package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.util.List;
import java.util.Random;

/**
 * ESG X-Ray: 30 criteria in three categories, per-category and overall scores (0–100), and the
 * missing inputs (docs/october-api.md, Reports). As documented, when the declarative inputs (questionnaire, number of
 * employees) are missing the overall and category scores are not produced (null). The sandbox has
 * no questionnaire endpoint (docs/october-api.md, open question OQ-17), so a company's notes stand in for it: {@code
 * workforceNumber} present means the declarative inputs are available.
 */
final class EsgXRayGenerator implements XRayGenerator {

    private record Criterion(String category, String name, List<String> inputs, boolean declarative) {
    }

    private static final List<String> ENVIRONMENTAL = List.of("Greenhouse gas emissions", "Energy consumption",
            "Renewable energy share", "Water use", "Waste management", "Biodiversity impact", "Pollution risk",
            "Climate transition risk", "Physical climate risk", "Sector environmental footprint");
    private static final List<String> SOCIAL = List.of("Job creation", "Job protection",
            "Workforce gender diversity", "Social security & tax payments", "Health and safety",
            "Training", "Pay gap", "Supply-chain labour risk", "Community impact", "Customer protection");
    private static final List<String> GOVERNANCE = List.of("Legal proceedings", "Fraud & transparency management",
            "ESG labels", "Board independence", "Anti-corruption policy", "Data protection",
            "Tax transparency", "Shareholder structure", "Management continuity", "Reporting quality");

    private static final List<Criterion> CRITERIA = buildCriteria();

    @Override
    public Source source() {
        return Source.ESG;
    }

    @Override
    public GeneratedReport generate(ReportInput input) {
        Random random = input.random();
        boolean declarativeInputs = input.notes() != null && input.notes().workforceNumber() != null;
        ObjectNode data = WireJson.mapper().createObjectNode();
        ArrayNode criteria = data.putArray("criteria");
        double[] sums = new double[3];
        int[] counts = new int[3];
        for (Criterion c : CRITERIA) {
            ObjectNode n = criteria.addObject();
            n.put("category", c.category()).put("name", c.name());
            ArrayNode inputs = n.putArray("inputs");
            c.inputs().forEach(inputs::add);
            boolean missing = c.declarative() && !declarativeInputs;
            n.put("missing", missing);
            if (missing) {
                n.putNull("score");
            } else {
                int score = 20 + random.nextInt(81);
                n.put("score", score);
                int cat = categoryIndex(c.category());
                sums[cat] += score;
                counts[cat]++;
            }
        }
        ArrayNode missingInputs = data.putArray("missingInputs");
        if (!declarativeInputs) {
            missingInputs.add("ESG questionnaire").add("Number of employees");
        }
        ObjectNode scores = data.putObject("scores");
        String[] names = {"environmental", "social", "governance"};
        double overall = 0;
        for (int i = 0; i < 3; i++) {
            double avg = Math.round(sums[i] / Math.max(1, counts[i]));
            overall += avg / 3;
            if (declarativeInputs) {
                scores.put(names[i], avg);
            } else {
                scores.putNull(names[i]);
            }
        }
        if (declarativeInputs) {
            data.put("overall", Math.round(overall));
        } else {
            data.putNull("overall");
        }
        return new GeneratedReport(declarativeInputs ? Grades.fromPercentile(overall) : null, data);
    }

    private static int categoryIndex(String category) {
        return switch (category) {
            case "environmental" -> 0;
            case "social" -> 1;
            default -> 2;
        };
    }

    /** Inputs per criterion follow the ESG inputs table (docs/october-api.md, Reports). */
    private static List<Criterion> buildCriteria() {
        List<Criterion> list = new java.util.ArrayList<>();
        ENVIRONMENTAL.forEach(n -> list.add(new Criterion("environmental", n, List.of("NACE code"), false)));
        for (String n : SOCIAL) {
            List<String> inputs = switch (n) {
                case "Job creation", "Job protection" -> List.of("ESG questionnaire", "Number of employees");
                case "Workforce gender diversity" -> List.of("ESG questionnaire");
                case "Social security & tax payments" -> List.of("Bank statement");
                default -> List.of("NACE code");
            };
            list.add(new Criterion("social", n, inputs, inputs.contains("ESG questionnaire")));
        }
        for (String n : GOVERNANCE) {
            List<String> inputs = switch (n) {
                case "Legal proceedings" -> List.of("Business identification number");
                case "Fraud & transparency management" -> List.of("Any document");
                case "ESG labels" -> List.of("ESG questionnaire");
                default -> List.of("Business identification number");
            };
            list.add(new Criterion("governance", n, inputs, inputs.contains("ESG questionnaire")));
        }
        return List.copyOf(list);
    }
}
