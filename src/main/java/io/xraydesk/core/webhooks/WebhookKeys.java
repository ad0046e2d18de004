package io.xraydesk.core.webhooks;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.api.model.WebhookSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The keys October generated for the business's webhooks (docs/october-api.md, Webhooks), read with {@code GET
 * /businesses/{id}}. A signature no known key matches triggers one re-read (a webhook may have been
 * added since), at most once per {@link #REFRESH_AT_MOST_EVERY}, so forged deliveries cannot make the
 * receiver hammer the API.
 */
public final class WebhookKeys {

    static final Duration REFRESH_AT_MOST_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(WebhookKeys.class.getName());

    private final OctoberClient client;
    private final String businessId;
    private final Clock clock;
    private volatile List<String> keys = List.of();
    private Instant lastRefresh;

    public WebhookKeys(OctoberClient client, String businessId, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.businessId = Objects.requireNonNull(businessId, "businessId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the keys now. Blocking; failures are the client's. */
    public synchronized void refresh() {
        lastRefresh = clock.instant();
        keys = client.getBusiness(businessId).settingsOrEmpty().webhooks().stream()
                .map(WebhookSetting::key).filter(Objects::nonNull).toList();
    }

    /** True when {@code signature} signs {@code body} under one of the business's webhook keys. */
    public boolean verify(byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        if (matchesKnownKey(body, signature)) {
            return true;
        }
        if (!refreshAllowed()) {
            return false;
        }
        try {
            refresh();
        } catch (OctoberException e) {
            LOG.warning("webhook keys could not be read: " + e.getMessage());
            return false;
        }
        return matchesKnownKey(body, signature);
    }

    private boolean matchesKnownKey(byte[] body, String signature) {
        boolean matched = false;
        for (String key : keys) {
            // Every key is tried, so the time taken does not say which key (if any) matched.
            matched |= WebhookSignature.verify(body, key, signature);
        }
        return matched;
    }

    private synchronized boolean refreshAllowed() {
        return lastRefresh == null || !clock.instant().isBefore(lastRefresh.plus(REFRESH_AT_MOST_EVERY));
    }
}
