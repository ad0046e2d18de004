package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /media}: the medium in {@code draft} and the S3 upload data (docs/october-api.md, Media and
 * uploads, E3).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediumDraft(Medium medium, UploadTarget upload) {
}
