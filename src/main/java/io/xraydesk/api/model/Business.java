package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The Partner business (docs/october-api.md, Webhooks, E7): holds the webhook settings. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Business(String id, String name, BusinessSettings settings) {

    public BusinessSettings settingsOrEmpty() {
        return settings == null ? new BusinessSettings(null) : settings;
    }
}
