package io.xraydesk.core.session;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the connection test: which step, how it went, and what was seen (addresses, port,
 * TLS protocol, HTTP status, or the error). Texts: {@code network.test.<step>} and
 * {@code network.test.status.<status>}.
 */
public record DiagnosisStep(Kind kind, Status status, String detail) {

    public enum Kind {
        DNS, TCP, TLS, HTTP;

        public String messageKey() {
            return "network.test." + name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Status {
        PASSED, FAILED, SKIPPED;

        public String messageKey() {
            return "network.test.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    public DiagnosisStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }
}
