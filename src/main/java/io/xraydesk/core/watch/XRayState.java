package io.xraydesk.core.watch;

/**
 * One X-Ray of one request as the requests list shows it: pending, ready with its grade (A–E, or
 * another value verbatim, or null when the report carries none), or not applicable.
 */
public record XRayState(Kind kind, String grade) {

    public enum Kind { PENDING, READY, NOT_APPLICABLE }

    public static final XRayState PENDING = new XRayState(Kind.PENDING, null);
    public static final XRayState NOT_APPLICABLE = new XRayState(Kind.NOT_APPLICABLE, null);

    public static XRayState ready(String grade) {
        return new XRayState(Kind.READY, grade);
    }
}
