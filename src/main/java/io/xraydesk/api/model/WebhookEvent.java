package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Payload of a webhook delivery (API.md §10.2, inferred): {@code {"event":"new_report",
 * "requestId":…,"reportId":…}}. {@code reportId} is absent on {@code update_request}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEvent(String event, String requestId, String reportId) {
}
