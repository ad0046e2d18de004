package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * One uploaded document of a request (docs/october-api.md, Media and uploads). {@code name} is the document category,
 * {@code status} one of {@code draft}, {@code online}, {@code pending_extraction} or a value not documented yet (kept
 * verbatim). {@code url} is relative to the CDN.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Medium(
        String id,
        String request,
        String name,
        String status,
        String url,
        MediumMeta meta,
        OffsetDateTime createdAt) {

    public static final String STATUS_DRAFT = "draft";
    public static final String STATUS_ONLINE = "online";
    public static final String STATUS_PENDING_EXTRACTION = "pending_extraction";
}
