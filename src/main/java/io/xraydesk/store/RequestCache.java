package io.xraydesk.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The requests known (to this workstation, or to the team when a team store is set), so the dashboard
 * starts instantly and can be read offline. Every write is checked against the version the value was
 * read at ({@link CachedRequest#version()}): a stale one throws {@link StaleWriteException} and changes
 * nothing. How a request first became known ({@link CachedRequest#origin()}) is kept by later writes.
 */
public interface RequestCache {

    /** Stores the request; returns it as stored, at its new version. */
    default CachedRequest upsert(CachedRequest request) {
        return upsertAll(List.of(request)).get(0);
    }

    /** Stores a whole refresh in one transaction: all of it, or nothing when one value is stale. */
    List<CachedRequest> upsertAll(Collection<CachedRequest> requests);

    /** Every known request, most recently updated first (never-updated ones by creation, then fetch). */
    List<CachedRequest> all();

    /**
     * Every known request in the order of {@link #all()}, each with what the X-Ray rules read of its JSON, from
     * columns (docs/portfolio.md, Speed).
     */
    List<CachedRequestFields> allFields();

    /** The first {@code limit} of {@link #allFields()}: the most recently updated requests. */
    List<CachedRequestFields> newestFields(int limit);

    /** How many requests are known. */
    int count();

    Optional<CachedRequest> find(String id);

    /** The request form's duplicate guard: known requests for the same company code, newest first. */
    List<CachedRequest> findByCode(String codeType, String codeId);

    /**
     * Marks a known request as not found on the server from {@code since} (kept for reading); an
     * earlier mark is kept. A fact the server told rather than an edit: it applies to whatever version is
     * stored, and counts as a change of it. Returns whether it was known.
     */
    boolean markMissing(String id, Instant since);

    /** Forgets a request and its cached reports. Returns whether it was known. */
    boolean remove(String id);
}
