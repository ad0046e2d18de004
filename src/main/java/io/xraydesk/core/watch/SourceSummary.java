package io.xraydesk.core.watch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import io.xraydesk.api.model.WireJson;

/**
 * What the requests list shows per X-Ray without reading every report: the newest report of each
 * source (id, grade, date, count), and the sources still expected (launched by a create or an
 * upload, no report yet). Stored as {@code source_summary_json} in the request cache.
 *
 * @param latest   per source wire value (unknown sources included), the newest report
 * @param expected sources an action of this installation launched and that have not reported since
 * @param stages   the request's stages seen so far, oldest first (the API keeps no history of them)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceSummary(Map<String, Latest> latest, Set<String> expected, List<String> stages) {

    /** The newest report of one source, and how many reports that source produced. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Latest(String reportId, String score, OffsetDateTime createdAt, int count) {
    }

    /** ESG and Manager run on every request from its creation (docs/october-api.md, Processing and polling). */
    static final Set<String> LAUNCHED_ON_CREATION = Set.of(Source.ESG.wire(), Source.MANAGER.wire());

    public static final SourceSummary EMPTY = new SourceSummary(Map.of(), Set.of(), List.of());

    public SourceSummary {
        latest = latest == null ? Map.of() : Map.copyOf(latest);
        expected = expected == null ? Set.of() : Set.copyOf(expected);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** This summary with the reports of a full report list; {@code expected} keeps only sources that have not reported. */
    public SourceSummary withReports(List<Report> reports) {
        SourceSummary fresh = of(reports, expected);
        return new SourceSummary(fresh.latest, fresh.expected, stages);
    }

    /** This summary with {@code stage} appended when it differs from the last one seen. */
    public SourceSummary withStage(String stage) {
        if (stage == null || (!stages.isEmpty() && stages.get(stages.size() - 1).equals(stage))) {
            return this;
        }
        List<String> more = new ArrayList<>(stages);
        more.add(stage);
        return new SourceSummary(latest, expected, more);
    }

    /** The summary of a full report list; {@code expected} keeps only sources that have not reported. */
    public static SourceSummary of(List<Report> reports, Set<String> expected) {
        Map<String, Latest> latest = new TreeMap<>();
        List<Report> oldestFirst = new ArrayList<>(reports);
        oldestFirst.sort(Comparator.comparing(Report::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Report r : oldestFirst) {
            // Keyed by the wire name when the source is recognised, so "ESG" or "bank_xray" count as
            // the esg and bank X-Rays expected; any other value is kept as sent.
            String source = Source.recognise(r.source()).map(Source::wire).orElse(r.source() == null ? "" : r.source());
            int count = latest.containsKey(source) ? latest.get(source).count() + 1 : 1;
            latest.put(source, new Latest(r.id(), r.score(), r.createdAt(), count));
        }
        Set<String> stillExpected = new TreeSet<>(expected);
        stillExpected.removeAll(latest.keySet());
        return new SourceSummary(latest, stillExpected, List.of());
    }

    /** This summary with {@code sources} marked as expected (those already reported stay as they are). */
    public SourceSummary expecting(Set<String> sources) {
        Set<String> more = new TreeSet<>(expected);
        more.addAll(sources);
        more.removeAll(latest.keySet());
        return new SourceSummary(latest, more, stages);
    }

    /** Pending, ready with a grade, or not applicable, for one of the five X-Rays. */
    public XRayState stateOf(Source source) {
        Latest report = latest.get(source.wire());
        if (report != null) {
            return XRayState.ready(report.score());
        }
        if (expected.contains(source.wire()) || LAUNCHED_ON_CREATION.contains(source.wire())) {
            return XRayState.PENDING;
        }
        return XRayState.NOT_APPLICABLE;
    }

    /** True when each of the five X-Rays has reported at least once: the request drops to a slow check. */
    public boolean isComplete() {
        for (Source source : Source.values()) {
            if (!latest.containsKey(source.wire())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a report is known to be coming: ESG or Manager (launched at creation) has not reported,
     * or a source an action of this installation launched has not. Documents sent elsewhere are not
     * known here (see docs/xray-states.md, "Which documents were sent").
     */
    public boolean awaitsReports() {
        return !expected.isEmpty() || !latest.keySet().containsAll(LAUNCHED_ON_CREATION);
    }

    public Optional<Latest> latestOf(String source) {
        return Optional.ofNullable(latest.get(source));
    }

    public String toJson() {
        try {
            return WireJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a source summary always serialises", e);
        }
    }

    /** Reads a stored summary; a missing or unreadable one is empty rather than an error (a cache is disposable). */
    public static SourceSummary fromJson(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        try {
            return WireJson.mapper().readValue(json, SourceSummary.class);
        } catch (JsonProcessingException e) {
            return EMPTY;
        }
    }
}
