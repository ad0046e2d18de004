package io.xraydesk.core.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a reader needs from one report, in reading order: the X-Ray's name, its grade (or the
 * reason there is none), the key figures, the charts and the tables.
 *
 * @param grade     A–E (or whatever the API sent) when the report has one, else null
 * @param gradeNote why there is no grade ("not rated"), null when there is nothing to say (X-Rays
 *                  without grades, like Doc and Manager, show no grade line at all)
 */
public record ReportContent(String title, String grade, String gradeNote, List<Fact> facts, List<Chart> charts,
        List<ReportTable> tables) {

    public ReportContent {
        facts = List.copyOf(facts);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /**
     * What the key figure or the row of a table quoting the value at {@code pointer} calls it
     * ("Probability of default", "Current ratio"), if one does.
     */
    public Optional<String> quotedName(String pointer) {
        return Stream.concat(facts.stream().map(Fact::quoted),
                        tables.stream().flatMap(table -> table.rows().stream()).map(ReportTable.Row::quoted))
                .filter(Objects::nonNull).filter(quoted -> quoted.pointer().equals(pointer))
                .map(ReportTable.Quoted::name).findFirst();
    }

    /** Whether there is a grade, or a reason for its absence, to show. */
    public boolean showsGrade() {
        return grade != null || gradeNote != null;
    }
}
