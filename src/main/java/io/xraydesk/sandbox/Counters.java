package io.xraydesk.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Named event counters shown by {@code GET /_sandbox/state}, so tests can assert "exactly once". */
final class Counters {

    static final String CREATE_REQUEST = "createRequest";
    static final String CREATE_MEDIUM = "createMedium";
    static final String FINALISE_MEDIUM = "finaliseMedium";
    static final String S3_UPLOADS = "s3Uploads";
    static final String S3_REJECTED = "s3Rejected";
    static final String S3_REJECTED_WITH_API_HEADERS = "s3RejectedWithApiHeaders";
    static final String UNAUTHORIZED = "unauthorized";
    static final String FAULTS_INJECTED = "faultsInjected";
    static final String REPORTS = "reports";
    /** Calls of the API (not of the storage), authenticated or not. */
    static final String API_CALLS = "apiCalls";

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    void increment(String name) {
        values.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
    }

    long get(String name) {
        AtomicLong v = values.get(name);
        return v == null ? 0 : v.get();
    }

    /** Every known counter, zero included, in name order. */
    Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        for (String name : new String[] {CREATE_REQUEST, CREATE_MEDIUM, FINALISE_MEDIUM, S3_UPLOADS, S3_REJECTED,
                S3_REJECTED_WITH_API_HEADERS, UNAUTHORIZED, FAULTS_INJECTED, REPORTS, API_CALLS}) {
            out.put(name, 0L);
        }
        values.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
