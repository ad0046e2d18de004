package io.xraydesk.sandbox;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.MediumMeta;
import java.time.OffsetDateTime;

/** The sandbox's mutable copy of one medium; guarded by the {@link SandboxState} lock. */
final class MediumRecord {

    final String id;
    final String requestId;
    final DocumentCategory category;
    final String key;
    final String contentType;
    final OffsetDateTime createdAt;
    String status = Medium.STATUS_DRAFT;
    MediumMeta meta;

    MediumRecord(String id, String requestId, DocumentCategory category, String key, String contentType,
            MediumMeta meta, OffsetDateTime createdAt) {
        this.id = id;
        this.requestId = requestId;
        this.category = category;
        this.key = key;
        this.contentType = contentType;
        this.meta = meta;
        this.createdAt = createdAt;
    }

    Medium toWire() {
        // The medium url is the object key: the CDN serves it relative (docs/october-api.md, Media and uploads).
        return new Medium(id, requestId, category.wire(), status, key, meta, createdAt);
    }
}
