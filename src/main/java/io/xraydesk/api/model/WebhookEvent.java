package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Payload of a webhook delivery (docs/october-api.md, Webhooks, inferred): {@code {"event":"new_report",
 * "requestId":…,"reportId":…}}. {@code reportId} is absent on {@code update_request}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEvent(String event, String requestId, String reportId) {
}
