package io.xraydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The analyst's last look at each request ({@link LookMark}), on this workstation's SQLite file only.
 * Grades are stored as {@code bank=B;financial=C}: X-Ray names and grades are short words without
 * separators, and the portfolio view reads every mark at once, so no JSON is parsed per row.
 */
public final class LookMarks {

    private final LocalDatabase database;

    LookMarks(LocalDatabase database) {
        this.database = database;
    }

    private static final String COLUMNS = "SELECT request_id, looked_at, grades, reports FROM request_look";

    /** Replaces the request's previous mark. */
    public void mark(LookMark mark) {
        database.write(c -> Sql.update(c, "INSERT INTO request_look (request_id, looked_at, grades, reports) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (request_id) DO UPDATE SET looked_at = excluded.looked_at, "
                + "grades = excluded.grades, reports = excluded.reports", mark.requestId(), mark.lookedAt(),
                encode(mark.grades()), mark.reports()));
    }

    public Optional<LookMark> find(String requestId) {
        return database.read(c -> Sql.list(c, COLUMNS + " WHERE request_id = ?", LookMarks::row, requestId))
                .stream().findFirst();
    }

    /** Every mark, by request id: one query for the whole portfolio. */
    public Map<String, LookMark> all() {
        List<LookMark> marks = database.read(c -> Sql.list(c, COLUMNS, LookMarks::row));
        Map<String, LookMark> byRequest = new HashMap<>();
        marks.forEach(mark -> byRequest.put(mark.requestId(), mark));
        return byRequest;
    }

    private static LookMark row(ResultSet rs) throws SQLException {
        return new LookMark(rs.getString("request_id"), Sql.instant(rs, "looked_at"), decode(rs.getString("grades")),
                rs.getInt("reports"));
    }

    static String encode(Map<String, String> grades) {
        return new TreeMap<>(grades).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<String, String> decode(String text) {
        Map<String, String> grades = new HashMap<>();
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                grades.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return grades;
    }
}
