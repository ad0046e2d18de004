package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.requests.PortfolioReader;
import io.xraydesk.core.xray.Grades;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter parts and their combination in the list's model, without a window. */
class RowFiltersTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aGradeLiesWithinARangeReadBestFirst() {
        assertTrue(Grades.within(null, null, null), "no bound: every row, graded or not");
        assertFalse(Grades.within(null, "A", null), "a bound leaves out the ungraded");
        assertTrue(Grades.within("B", "B", "C"));
        assertTrue(Grades.within("C", "B", "C"));
        assertFalse(Grades.within("A", "B", "C"), "better than the best asked");
        assertFalse(Grades.within("D", "B", "C"));
        assertTrue(Grades.within("E", "C", null));
        assertTrue(Grades.within("A", null, "B"));
    }

    @Test
    void anUpdateLiesWithinDaysOfTheAnalystsZone() {
        ZoneOffset paris = ZoneOffset.ofHours(1);
        Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z"); // already 2 March in Paris
        LocalDate second = LocalDate.parse("2026-03-02");
        assertTrue(UpdateRangeFilter.within(lateEvening, second, second, paris));
        assertFalse(UpdateRangeFilter.within(lateEvening, second, second, ZoneOffset.UTC));
        assertTrue(UpdateRangeFilter.within(lateEvening, null, null, paris));
        assertFalse(UpdateRangeFilter.within(null, second, null, paris));
        assertTrue(UpdateRangeFilter.within(lateEvening, null, second, ZoneOffset.UTC));
    }

    @Test
    void everyPartMustAcceptARowAndAFurtherPartJoinsTheFilter() {
        List<RequestRow> rows = rows(20);
        DashboardModel model = new DashboardModel(ZoneOffset.UTC);
        model.showAll(rows);
        assertEquals(20, model.visible().size());

        model.gradeRange().best().set("A");
        model.gradeRange().worst().set("B");
        assertEquals(8, model.visible().size(), "Financial A or B: two in five");
        model.updateRange().to().set(LocalDate.parse("2026-03-01"));
        assertTrue(model.visible().stream().allMatch(row -> row.lastUpdate().isBefore(Instant.parse("2026-03-02T00:00:00Z"))));
        assertTrue(model.visible().size() < 8);

        // One more part, as the team's scope would be: only rows whose name ends with 1.
        SimpleStringProperty ending = new SimpleStringProperty("1");
        model.clearFilters();
        model.addFilter(new RowFilter() {
            @Override
            public boolean accepts(RequestRow row) {
                return ending.get() == null || row.businessName().endsWith(ending.get());
            }

            @Override
            public ObservableValue<?>[] dependencies() {
                return new ObservableValue<?>[] {ending};
            }

            @Override
            public void clear() {
                ending.set(null);
            }
        });
        assertEquals(List.of("Company 1", "Company 11"), names(model));
        ending.set("7");
        assertEquals(List.of("Company 7", "Company 17"), names(model));
        model.searchProperty().set("company 1");
        assertEquals(List.of("Company 17"), names(model));
        model.clearFilters();
        assertEquals(20, model.visible().size(), "Clear empties the search and every part");
        assertEquals("", model.searchProperty().get());
    }

    @Test
    void theTeamScopeShowsTheAnalystsRequestsAsLastReadAndClearGoesBackToTheTeam() {
        List<RequestRow> rows = rows(6);
        DashboardModel model = new DashboardModel(ZoneOffset.UTC);
        model.showAll(rows);
        TeamScopeFilter scope = new TeamScopeFilter();
        model.addFilter(scope);
        assertEquals(6, model.visible().size(), "the whole team at first");

        scope.scope().set(TeamScope.MINE);
        assertTrue(model.visible().isEmpty(), "nothing read from the team yet: nothing is the analyst's");
        scope.mine().set(Set.of(PortfolioRows.id(1), PortfolioRows.id(4)));
        assertEquals(List.of("Company 1", "Company 4"), names(model));
        scope.mine().set(Set.of(PortfolioRows.id(4)));
        assertEquals(List.of("Company 4"), names(model), "stopped following Company 1, on another desktop");

        model.clearFilters();
        assertEquals(TeamScope.TEAM, scope.scope().get());
        assertEquals(6, model.visible().size());
    }

    @Test
    void theBatchPartAndTheChangedStateKeepTheirRows() {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("x.db"))) {
            PortfolioRows.fill(database, 10, NOW);
            ImportBatch batch = PortfolioRows.importBatch(database, "review.xlsx", 4, 7, NOW);
            PortfolioReader reader = new PortfolioReader(database);
            reader.markLooked(PortfolioRows.id(0), NOW.minusSeconds(3600));
            database.reportCache().upsert(new io.xraydesk.store.CachedReport("0000000000000000000000aa",
                    PortfolioRows.id(0), "doc", null, NOW, "{\"id\":\"0000000000000000000000aa\",\"request\":\""
                    + PortfolioRows.id(0) + "\",\"source\":\"doc\",\"createdAt\":\"" + NOW + "\",\"data\":{}}", NOW));
            DashboardModel model = new DashboardModel(ZoneOffset.UTC);
            model.showAll(reader.lines().stream().map(RequestRow::of).toList());

            model.batch().batch().set(batch);
            assertEquals(List.of(PortfolioRows.id(4), PortfolioRows.id(5), PortfolioRows.id(6)),
                    model.visible().stream().map(RequestRow::id).sorted().toList());
            model.clearFilters();
            model.xrayProperty().set(XRayFilter.CHANGED);
            assertEquals(List.of(PortfolioRows.id(0)), model.visible().stream().map(RequestRow::id).toList());
            assertEquals("1 new report", model.visible().get(0).changeText());
        }
    }

    @Test
    void rowsSortOnTheirPrecomputedValues() {
        DashboardModel model = new DashboardModel(ZoneOffset.UTC);
        model.showAll(rows(10));
        model.visible().setComparator(Comparator.comparing((RequestRow row) -> row.line().probabilityOfDefault())
                .reversed().thenComparing(RequestRow::businessName));
        assertEquals(0.05, model.visible().get(0).line().probabilityOfDefault(), 1e-9);
        assertEquals("Company 4", model.visible().get(0).businessName());
        assertEquals(Source.FINANCIAL, model.visible().get(0).xrays().get(Source.FINANCIAL).source());
    }

    private List<RequestRow> rows(int count) {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("rows-" + count + ".db"))) {
            PortfolioRows.fill(database, count, NOW);
            return new PortfolioReader(database).lines().stream().map(RequestRow::of).toList();
        }
    }

    private static List<String> names(DashboardModel model) {
        return model.visible().stream().map(RequestRow::businessName).sorted(Comparator
                .comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList();
    }
}
