package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code settings} of a business; only {@code webhooks} is documented (docs/october-api.md, Webhooks). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BusinessSettings(List<WebhookSetting> webhooks) {

    public BusinessSettings {
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }
}
