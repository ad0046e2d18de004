package io.xraydesk.core.webhooks;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.Business;
import io.xraydesk.api.model.WebhookSetting;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Registers (or removes) the site relay's URL in the business's webhook settings, keeping every other
 * webhook as it is. {@code POST /businesses/{id}} replaces the whole list (docs/october-api.md, Webhooks, open question
 * OQ-21, inferred), so the current list is read first and sent back with the one change. Blocking calls.
 */
public final class WebhookRegistration {

    /** The events the watcher can act on. */
    public static final List<String> EVENTS = List.of(WebhookSetting.EVENT_NEW_REPORT,
            WebhookSetting.EVENT_UPDATE_REQUEST);

    private final OctoberClient client;
    private final String businessId;

    public WebhookRegistration(OctoberClient client, String businessId) {
        this.client = Objects.requireNonNull(client, "client");
        this.businessId = Objects.requireNonNull(businessId, "businessId");
    }

    /** Adds {@code relayUrl} for {@link #EVENTS}; an existing entry for it keeps its key and gets these events. */
    public Business register(URI relayUrl) {
        String url = checked(relayUrl);
        List<WebhookSetting> next = new ArrayList<>();
        boolean present = false;
        for (WebhookSetting hook : current()) {
            if (hook.url().equals(url)) {
                next.add(new WebhookSetting(url, EVENTS, hook.key()));
                present = true;
            } else {
                next.add(hook);
            }
        }
        if (!present) {
            next.add(new WebhookSetting(url, EVENTS, null));
        }
        return client.updateWebhooks(businessId, next);
    }

    /** Removes every entry for {@code relayUrl}; the others stay. */
    public Business unregister(URI relayUrl) {
        String url = checked(relayUrl);
        List<WebhookSetting> next = current().stream().filter(hook -> !hook.url().equals(url)).toList();
        return client.updateWebhooks(businessId, next);
    }

    private List<WebhookSetting> current() {
        return client.getBusiness(businessId).settingsOrEmpty().webhooks();
    }

    private static String checked(URI relayUrl) {
        Objects.requireNonNull(relayUrl, "relayUrl");
        if (!relayUrl.isAbsolute() || relayUrl.getHost() == null
                || !("https".equals(relayUrl.getScheme()) || "http".equals(relayUrl.getScheme()))) {
            throw new IllegalArgumentException("The relay URL must be an absolute http(s) URL: " + relayUrl);
        }
        return relayUrl.toString();
    }
}
