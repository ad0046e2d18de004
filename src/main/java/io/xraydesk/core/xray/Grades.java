package io.xraydesk.core.xray;

/**
 * The order of the letter grades the X-Rays give: A is the best, E the worst (docs/xray-states.md). Grades
 * are compared as text, so a grade the API adds later ("B+") still finds its place between its neighbours.
 */
public final class Grades {

    private Grades() {
    }

    /** Negative when {@code grade} is better than {@code other}, positive when worse, 0 when the same. */
    public static int compare(String grade, String other) {
        return grade.compareTo(other);
    }

    /**
     * {@code grade} lies between {@code best} and {@code worst}, both included; a null bound leaves that side
     * open. With a bound set, no grade (null) is never within.
     */
    public static boolean within(String grade, String best, String worst) {
        if (best == null && worst == null) {
            return true;
        }
        if (grade == null) {
            return false;
        }
        return (best == null || compare(grade, best) >= 0) && (worst == null || compare(grade, worst) <= 0);
    }
}
