package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code meta} of a medium (docs/october-api.md, Media and uploads): original file name, period covered and reference
 * date. {@code date} stays a string as received (docs/october-api.md, open question OQ-7); the client sends ISO {@code
 * yyyy-mm-dd}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediumMeta(String name, String period, String date) {
}
