package io.xraydesk.ui.requestpage;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.ReportCoverage;
import io.xraydesk.core.xray.XRayWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's reports sorted onto the page's tabs: one per X-Ray, and "Other" for sources the API
 * may add (kept and shown, never dropped; its tab exists only when such a report does). Each tab
 * lists its reports newest first.
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

    /** The tabs to show: the five X-Rays always (each says its state), "Other" only when it has reports. */
    public List<Tab> tabs() {
        return java.util.Arrays.stream(Tab.values()).filter(tab -> tab != Tab.OTHER || !byTab.get(tab).isEmpty())
                .toList();
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

    /**
     * How the grade moved, one line per subject with two grades or more ("fiscal year 2023: C → B"):
     * only across reports about the same thing, never across different statements ({@link
     * ReportCoverage#trends}).
     */
    public List<String> gradeTrends(Tab tab) {
        if (tab.source().isEmpty()) {
            return List.of();
        }
        List<Report> oldestFirst = new ArrayList<>(byTab.get(tab));
        java.util.Collections.reverse(oldestFirst);
        List<String> lines = new ArrayList<>();
        ReportCoverage.trends(oldestFirst).forEach((subject, grades) -> lines.add(Messages.get("xray.trend",
                subject.isEmpty() ? XRayWords.name(tab.source().get()) : subject, String.join(" → ", grades))));
        return lines;
    }
}
