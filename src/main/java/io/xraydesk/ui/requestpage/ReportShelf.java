package io.xraydesk.ui.requestpage;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request's reports sorted onto the page's tabs: one per X-Ray, and "Other" for sources the API
 * may add (kept and shown, never dropped). Each tab lists its reports newest first.
 */
public final class ReportShelf {

    /** A tab of the Reports section: one of the five X-Rays, or {@link #OTHER}. */
    public enum Tab {
        DOC(Source.DOC), BANK(Source.BANK), FINANCIAL(Source.FINANCIAL), ESG(Source.ESG), MANAGER(Source.MANAGER),
        OTHER(null);

        private final Source source;

        Tab(Source source) {
            this.source = source;
        }

        public Optional<Source> source() {
            return Optional.ofNullable(source);
        }

        static Tab of(String wireSource) {
            return Source.recognise(wireSource).map(s -> Tab.valueOf(s.name())).orElse(OTHER);
        }
    }

    private static final Comparator<Report> NEWEST_FIRST = Comparator.comparing(Report::createdAt,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Report::id, Comparator.nullsLast(
                    Comparator.naturalOrder()));

    private final Map<Tab, List<Report>> byTab = new EnumMap<>(Tab.class);

    public ReportShelf(List<Report> reports) {
        for (Tab tab : Tab.values()) {
            byTab.put(tab, new ArrayList<>());
        }
        reports.forEach(report -> byTab.get(Tab.of(report.source())).add(report));
        byTab.values().forEach(list -> list.sort(NEWEST_FIRST));
    }

    /** The reports of {@code tab}, newest first. */
    public List<Report> on(Tab tab) {
        return List.copyOf(byTab.get(tab));
    }

    public Optional<Tab> tabOf(String reportId) {
        return byTab.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(r -> Objects.equals(r.id(), reportId)))
                .map(Map.Entry::getKey).findFirst();
    }

    /** How the grade moved over the reports of {@code tab}, oldest first ("E → C → B"); empty with fewer than two graded. */
    public String gradeTrend(Tab tab) {
        List<String> grades = new ArrayList<>();
        List<Report> reports = new ArrayList<>(byTab.get(tab));
        java.util.Collections.reverse(reports);
        reports.stream().map(Report::score).filter(Objects::nonNull).forEach(grades::add);
        return grades.size() < 2 ? "" : grades.stream().collect(Collectors.joining(" → "));
    }
}
