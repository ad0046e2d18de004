package io.xraydesk.core.export;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.PortfolioLine;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a portfolio summary, one row per company, in the order of docs/portfolio.md (The
 * portfolio view): the same for CSV and XLSX. Values stay raw ({@link XRayStatus}, {@link DecisionOutcome},
 * {@link Instant}, {@link Double}, text) so that CSV writes the stable words scripts read and XLSX the
 * analyst's words, numbers and dates.
 */
final class PortfolioColumns {

    /** One column: its key (the CSV header), its title's message key and how a line gives its value. */
    record Column(String key, ColumnKind kind, Function<PortfolioLine, Object> value) {

        String title() {
            return Messages.get("portfolio.export.column." + key);
        }
    }

    static final List<Column> ALL = columns();

    private PortfolioColumns() {
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("business_name", ColumnKind.TEXT, line -> cached(line).businessName()));
        columns.add(new Column("code_type", ColumnKind.TEXT, line -> cached(line).codeType()));
        columns.add(new Column("code", ColumnKind.TEXT, line -> cached(line).codeId()));
        columns.add(new Column("request_id", ColumnKind.TEXT, PortfolioLine::id));
        for (Source source : Source.values()) {
            columns.add(new Column(source.wire() + "_state", ColumnKind.TEXT, line -> outcome(line, source).status()));
            columns.add(new Column(source.wire() + "_grade", ColumnKind.GRADE, line -> outcome(line, source).grade()));
        }
        columns.add(new Column("probability_of_default", ColumnKind.PERCENT_OF_FRACTION,
                PortfolioLine::probabilityOfDefault));
        columns.add(new Column("data_sanity", ColumnKind.INTEGER, PortfolioLine::dataSanity));
        columns.add(new Column("decision", ColumnKind.TEXT,
                line -> line.decision() == null ? null : line.decision().terms().outcome()));
        columns.add(new Column("limit", ColumnKind.AMOUNT, line -> terms(line) == null ? null
                : terms(line).limitAmount().map(BigDecimal::doubleValue).orElse(null)));
        columns.add(new Column("currency", ColumnKind.TEXT,
                line -> terms(line) == null ? null : terms(line).currency().orElse(null)));
        columns.add(new Column("last_update", ColumnKind.DATE, PortfolioColumns::lastUpdate));
        columns.add(new Column("changed_since_last_look", ColumnKind.TEXT,
                line -> line.sinceLastLook().words()));
        return List.copyOf(columns);
    }

    static XRayOutcome outcome(PortfolioLine line, Source source) {
        return line.xray(source);
    }

    private static CachedRequest cached(PortfolioLine line) {
        return line.overview().cached();
    }

    private static DecisionTerms terms(PortfolioLine line) {
        return line.decision() == null ? null : line.decision().terms();
    }

    /** The server's last update, else the creation, else when it was fetched. */
    static Instant lastUpdate(PortfolioLine line) {
        CachedRequest cached = cached(line);
        return cached.updatedAt() != null ? cached.updatedAt()
                : cached.createdAt() != null ? cached.createdAt() : cached.fetchedAt();
    }

    /** A value as a script reads it: stable words, ISO instants, plain numbers; null stays null. */
    static Object forScripts(Object value) {
        if (value instanceof XRayStatus status) {
            return status.word();
        }
        if (value instanceof DecisionOutcome outcome) {
            return outcome.wire();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        return value;
    }

    /** A value as the analyst reads it, in their language; numbers and instants are left to the format. */
    static Object forReaders(Object value) {
        if (value instanceof XRayStatus status) {
            return status.label();
        }
        if (value instanceof DecisionOutcome outcome) {
            return Messages.get("memo.outcome." + outcome.wire());
        }
        return value;
    }
}
