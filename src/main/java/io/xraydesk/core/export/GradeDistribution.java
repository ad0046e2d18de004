package io.xraydesk.core.export;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.requests.PortfolioLine;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many companies of a portfolio have each grade, per X-Ray that gives grades (Bank, Financial, ESG;
 * docs/xray-states.md), and how many have no grade yet: the distribution printed on a portfolio's PDF.
 */
record GradeDistribution(Map<Source, Map<String, Integer>> counts, Map<Source, Integer> ungraded) {

    /** The X-Rays whose reports carry a letter grade. */
    static final List<Source> GRADED = List.of(Source.BANK, Source.FINANCIAL, Source.ESG);

    static GradeDistribution of(List<PortfolioLine> lines) {
        Map<Source, Map<String, Integer>> counts = new EnumMap<>(Source.class);
        Map<Source, Integer> ungraded = new EnumMap<>(Source.class);
        for (Source source : GRADED) {
            Map<String, Integer> byGrade = new TreeMap<>();
            int none = 0;
            for (PortfolioLine line : lines) {
                XRayOutcome outcome = line.xray(source);
                if (outcome != null && outcome.status() == XRayStatus.READY && outcome.grade() != null) {
                    byGrade.merge(outcome.grade(), 1, Integer::sum);
                } else {
                    none++;
                }
            }
            counts.put(source, byGrade);
            ungraded.put(source, none);
        }
        return new GradeDistribution(counts, ungraded);
    }

    /** Every grade seen on any graded X-Ray, best first. */
    List<String> grades() {
        TreeMap<String, Integer> all = new TreeMap<>();
        counts.values().forEach(all::putAll);
        return List.copyOf(all.keySet());
    }

    int count(Source source, String grade) {
        return counts.get(source).getOrDefault(grade, 0);
    }
}
