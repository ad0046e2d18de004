package io.xraydesk.reliability;

/**
 * The lines of a matrix whose cells each end held (no problem) or with what went wrong, and its
 * figure {@code <name>: P/T} as the reliability suite prints it.
 */
final class CellReport {

    private final StringBuilder lines = new StringBuilder();
    private int passed;
    private int total;

    /** One cell: {@code problem} is null when it held. */
    void add(String cell, String problem) {
        total++;
        passed += problem == null ? 1 : 0;
        lines.append(problem == null ? "✓ " : "✗ ").append(cell).append(problem == null ? "" : ": " + problem)
                .append('\n');
    }

    int passed() {
        return passed;
    }

    int total() {
        return total;
    }

    /** Prints every cell's line, then the figure. */
    void print(String figure) {
        System.out.print(lines);
        System.out.println(figure + ": " + passed + "/" + total);
    }

    @Override
    public String toString() {
        return lines.toString();
    }
}
