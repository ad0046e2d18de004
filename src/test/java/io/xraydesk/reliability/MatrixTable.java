package io.xraydesk.reliability;

import java.util.Map;

/** Prints the fault matrix: one row per call, one column per fault, ✓/✗ and the outcome in each cell. */
final class MatrixTable {

    private static final int FIRST_COLUMN = 24;
    private static final int CELL = 16;

    private MatrixTable() {
    }

    static String render(Map<String, Map<FaultMatrixTest.Fault, FaultMatrixTest.CellResult>> results) {
        StringBuilder table = new StringBuilder(pad("call \\ fault", FIRST_COLUMN));
        for (FaultMatrixTest.Fault fault : FaultMatrixTest.Fault.values()) {
            table.append(pad(fault.label, CELL));
        }
        table.append('\n');
        results.forEach((call, row) -> {
            table.append(pad(call, FIRST_COLUMN));
            row.values().forEach(cell -> table.append(pad((cell.passed() ? "✓ " : "✗ ") + cell.outcome(), CELL)));
            table.append('\n');
        });
        return table.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
