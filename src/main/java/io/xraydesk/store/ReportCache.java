package io.xraydesk.store;

import java.util.List;
import java.util.Optional;

/**
 * The reports fetched so far. A report belongs to a known request ({@link RequestCache}): storing one
 * for an unknown request fails, and removing the request removes its reports. Writes are checked
 * against {@link CachedReport#version()} as in {@link RequestCache}.
 */
public interface ReportCache {

    /** Stores the report; returns it as stored, at its new version. */
    CachedReport upsert(CachedReport report);

    /** The reports of one request, newest first. */
    List<CachedReport> forRequest(String requestId);

    Optional<CachedReport> find(String id);

    /**
     * Every report of every request without its JSON, each request's newest first: the values its X-Ray is
     * decided from, read from their columns (docs/portfolio.md, Speed).
     */
    List<CachedReportFields> allFields();

    /** The reports of one request without their JSON, newest first, as {@link #allFields()} reads them. */
    List<CachedReportFields> fieldsOf(String requestId);
}
