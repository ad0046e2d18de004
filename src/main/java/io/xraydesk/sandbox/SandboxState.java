package io.xraydesk.sandbox;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WebhookSetting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the sandbox remembers, in memory. One lock (this object) guards the maps, which is
 * plenty for a loopback demo server and keeps every change atomic.
 */
final class SandboxState {

    private final Map<String, RequestRecord> requests = new LinkedHashMap<>();
    private final Map<String, MediumRecord> media = new HashMap<>();
    private final Map<String, Report> reports = new HashMap<>();
    private final Map<String, StoredObject> objects = new HashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final List<WebhookDeliveryLog> deliveries = new ArrayList<>();
    private List<WebhookSetting> webhooks = List.of();
    final Counters counters = new Counters();

    // ---- users

    void putUser(String userId, String token) {
        tokens.put(userId, token);
        revoked.remove(userId);
    }

    /** The token of an active user, empty when unknown or revoked. */
    Optional<String> tokenOf(String userId) {
        return revoked.contains(userId) ? Optional.empty() : Optional.ofNullable(tokens.get(userId));
    }

    /** False when the user is unknown. */
    boolean revoke(String userId) {
        if (!tokens.containsKey(userId)) {
            return false;
        }
        revoked.add(userId);
        return true;
    }

    // ---- requests, media, reports

    synchronized void addRequest(RequestRecord r) {
        requests.put(r.id, r);
    }

    synchronized Optional<RequestRecord> request(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    synchronized List<RequestRecord> requests() {
        return List.copyOf(requests.values());
    }

    synchronized void addMedium(MediumRecord m) {
        media.put(m.id, m);
        requests.get(m.requestId).mediumIds.add(m.id);
    }

    synchronized Optional<MediumRecord> medium(String id) {
        return Optional.ofNullable(media.get(id));
    }

    synchronized void addReport(Report report) {
        reports.put(report.id(), report);
        requests.get(report.request()).reportIds.add(report.id());
        counters.increment(Counters.REPORTS);
    }

    synchronized Optional<Report> report(String id) {
        return Optional.ofNullable(reports.get(id));
    }

    /** Reports of a request in creation order (oldest first), optionally of one source. */
    synchronized List<Report> reportsOf(String requestId, String source) {
        RequestRecord r = requests.get(requestId);
        if (r == null) {
            return List.of();
        }
        return r.reportIds.stream().map(reports::get)
                .filter(rep -> source == null || rep.source().equals(source)).toList();
    }

    // ---- stored objects

    synchronized void putObject(StoredObject o) {
        objects.put(o.key(), o);
    }

    synchronized Optional<StoredObject> object(String key) {
        return Optional.ofNullable(objects.get(key));
    }

    synchronized List<StoredObject> objects() {
        return List.copyOf(objects.values());
    }

    // ---- webhooks

    synchronized List<WebhookSetting> webhooks() {
        return webhooks;
    }

    synchronized void replaceWebhooks(List<WebhookSetting> list) {
        webhooks = List.copyOf(list);
    }

    synchronized void logDelivery(WebhookDeliveryLog log) {
        deliveries.add(log);
    }

    synchronized List<WebhookDeliveryLog> deliveries() {
        return List.copyOf(deliveries);
    }
}
