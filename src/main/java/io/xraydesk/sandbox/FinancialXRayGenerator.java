package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Financial X-Ray (docs/october-api.md, Reports): probability of default, grade A–E (A = low
 * probability), the ten most influential variables with their direction ({@code up} pushes the score
 * up, i.e. better), and the fiscal year of the statement it read ({@code fiscalYear}, absent for a run
 * on notes alone or on a statement without a date).
 */
final class FinancialXRayGenerator implements XRayGenerator {

    private static final List<String> VARIABLES = List.of("Equity ratio", "Net margin", "Revenue growth",
            "Debt to EBITDA", "Interest coverage", "Current ratio", "Days sales outstanding",
            "Days payables outstanding", "Company age", "Sector default rate", "Payment incidents",
            "Headcount trend", "Cash conversion", "Working capital need", "Macroeconomic outlook");

    @Override
    public Source source() {
        return Source.FINANCIAL;
    }

    @Override
    public GeneratedReport generate(ReportInput input) {
        Random random = input.random();
        ObjectNode data = WireJson.mapper().createObjectNode();
        // Probability of default between 0.2 % and 12 %, skewed towards healthy companies.
        double pd = 0.002 + Math.pow(random.nextDouble(), 2.5) * 0.118;
        data.put("probabilityOfDefault", Math.round(pd * 10_000) / 10_000.0);
        String grade = pd < 0.01 ? "A" : pd < 0.025 ? "B" : pd < 0.05 ? "C" : pd < 0.08 ? "D" : "E";
        data.put("grade", grade);
        data.put("basedOnNotes", input.notes() != null && !input.notes().isEmpty());
        if (input.medium() != null && input.medium().date() != null) {
            // The statement's reference date names the fiscal year the report is about.
            data.put("fiscalYear", input.referenceDate().getYear());
        }
        List<String> names = new ArrayList<>(VARIABLES);
        Collections.shuffle(names, random);
        ArrayNode variables = data.putArray("variables");
        double remaining = 1.0;
        for (int i = 0; i < 10; i++) {
            double weight = i == 9 ? remaining : Grades.round2(remaining * (0.15 + random.nextDouble() * 0.2));
            remaining = Grades.round2(remaining - weight);
            variables.addObject().put("name", names.get(i))
                    .put("value", Grades.round2(random.nextDouble() * 100))
                    .put("impact", random.nextBoolean() ? "up" : "down")
                    .put("weight", Grades.round2(weight));
        }
        return new GeneratedReport(grade, data);
    }
}
