package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a report into {@link ReportContent}, choosing the reading by source and by shape: a report
 * whose data does not look like its source's (none of the expected fields) is read generically, so
 * an API change shows raw values instead of an empty page.
 */
public final class ReportContents {

    private ReportContents() {
    }

    /** The full content, transactions included (exports). */
    public static ReportContent of(Report report, Figures figures) {
        return read(report, figures, true);
    }

    /**
     * The content without the bulk transaction list, for screens that show transactions in their own
     * virtualised table and must not build tens of thousands of rows twice.
     */
    public static ReportContent withoutTransactions(Report report, Figures figures) {
        return read(report, figures, false);
    }

    /**
     * What the screen showing the value at {@code pointer} of {@code report} calls it: the row of a
     * table quoting it ("Current ratio"), or for a Bank X-Ray's transaction its day and label (read
     * alone: the screen's transactions are not a table of the content). Empty when nothing names it.
     */
    public static Optional<String> quotedName(Report report, String pointer, Figures figures) {
        Optional<String> byRow = withoutTransactions(report, figures).quotedName(pointer);
        if (byRow.isPresent() || recognisedSource(report).filter(Source.BANK::equals).isEmpty()) {
            return byRow;
        }
        return BankTransaction.holding(report.data(), pointer).flatMap(transaction -> transaction.quoted(figures))
                .filter(quoted -> quoted.pointer().equals(pointer)).map(ReportTable.Quoted::name);
    }

    /** The source whose specific reading applies, or empty for the generic one. */
    public static Optional<Source> recognisedSource(Report report) {
        Optional<Source> source = Source.recognise(report.source());
        JsonNode data = report.data();
        if (source.isEmpty() || data == null || !data.isObject()) {
            return Optional.empty();
        }
        List<String> expected = switch (source.get()) {
            case BANK -> List.of("dataSanity", "indicators", "transactions", "balances", "cashFlows");
            case FINANCIAL -> List.of("probabilityOfDefault", "variables");
            case ESG -> List.of("criteria", "scores", "overall");
            case DOC -> List.of("checks", "alerts", "flag");
            case MANAGER -> List.of("managers", "checks");
        };
        return expected.stream().anyMatch(data::has) ? source : Optional.empty();
    }

    /** "Bank X-Ray" for known sources, the raw source for others. */
    public static String sourceTitle(Report report) {
        return sourceTitle(report.source());
    }

    /** "Bank X-Ray" for a known source value, the raw value for others. */
    public static String sourceTitle(String source) {
        return Source.recognise(source)
                .map(s -> Messages.get("report.source." + s.wire()))
                .orElseGet(() -> Messages.get("report.source.other",
                        source == null || source.isBlank() ? Figures.DASH : source));
    }

    private static ReportContent read(Report report, Figures figures, boolean withTransactions) {
        Optional<Source> source = recognisedSource(report);
        if (source.isEmpty()) {
            // The generic reading shows all of data already: only report-level fields can be left.
            return withOtherFields(GenericContent.build(report), null, Set.of(), report);
        }
        return switch (source.get()) {
            // Without its transactions table (the screen shows them in their own scrolling list), a
            // Bank X-Ray's transactions still count as shown.
            case BANK -> withOtherFields(BankContent.build(report, figures, withTransactions), report.data(),
                    BankContent.SHOWN, report);
            case FINANCIAL -> withOtherFields(FinancialContent.build(report, figures), report.data(),
                    FinancialContent.SHOWN, report);
            case ESG -> withOtherFields(EsgContent.build(report, figures), report.data(), EsgContent.SHOWN, report);
            case DOC -> withOtherFields(DocContent.build(report, figures), report.data(), DocContent.SHOWN, report);
            case MANAGER -> withOtherFields(ManagerContent.build(report, figures), report.data(),
                    ManagerContent.SHOWN, report);
        };
    }

    /** {@code content} followed by the "Other fields" table when the reader leaves values out. */
    private static ReportContent withOtherFields(ReportContent content, JsonNode data, Set<String> shown,
            Report report) {
        return OtherFields.table(data, shown, report.otherFields()).map(others -> {
            List<ReportTable> tables = new ArrayList<>(content.tables());
            tables.add(others);
            return new ReportContent(content.title(), content.grade(), content.gradeNote(), content.facts(),
                    content.charts(), tables);
        }).orElse(content);
    }
}
