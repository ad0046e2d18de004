package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /media} (docs/october-api.md, Media and uploads, E3, open question OQ-5). Field choices, all
 * inferred and kept here in one place: the owning request is {@code request}; the file is described by {@code
 * meta.name} plus {@code contentType} and {@code size}, which an S3 signer needs to build the policy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewMedium(String name, String request, MediumMeta meta, String contentType, Long size) {
}
