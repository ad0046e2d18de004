package io.xraydesk.ui.dashboard;

import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.PortfolioLine;
import io.xraydesk.core.requests.SinceLastLook;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.StoredDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the requests list, computed once from the request's portfolio line so that sorting,
 * filtering and searching 10,000 of them touch no database and parse no JSON. Its X-Rays are the
 * {@code core.xray} outcomes, the words every other place uses.
 *
 * @param missingSince when the server first answered "not found" for it; null while it knows it
 * @param line         the whole portfolio line: what the exports write
 * @param decisionText the decision in force in words ("Approve · 250,000.00 EUR"), empty when none
 * @param changeText   what changed since the analyst last looked, in words
 * @param xrayOrders   where each X-Ray sorts in its column, by the source's ordinal; null for an X-Ray the row
 *                     lacks
 */
public record RequestRow(
        String id,
        String businessName,
        String codeType,
        String codeDisplay,
        String status,
        String stage,
        Instant createdAt,
        Instant updatedAt,
        Instant fetchedAt,
        Instant missingSince,
        Map<Source, XRayOutcome> xrays,
        String searchKey,
        PortfolioLine line,
        String decisionText,
        String changeText,
        List<XRayOrder> xrayOrders) {

    public static RequestRow of(PortfolioLine line) {
        CachedRequest cached = line.overview().cached();
        String codeId = cached.codeId() == null ? "" : cached.codeId();
        String display = CompanyCodeTypes.byWire(cached.codeType()).map(type -> type.format(codeId)).orElse(codeId);
        String name = cached.businessName() == null ? "" : PrintableText.of(cached.businessName());
        Map<Source, XRayOutcome> xrays = byOrdinal(line.overview().xrays());
        return new RequestRow(cached.id(), name, cached.codeType(), display, cached.status(), cached.stage(),
                cached.createdAt(), cached.updatedAt(), cached.fetchedAt(), cached.missingSince(),
                xrays, (name + " " + codeId + " " + cached.id()).toLowerCase(Locale.ROOT), line,
                decisionText(line.decision()), line.sinceLastLook().words(), ordersOf(xrays));
    }

    /** Where the X-Ray {@code source} sorts in its column; null when the row has no outcome for it. */
    public XRayOrder xrayOrder(Source source) {
        return xrayOrders.get(source.ordinal());
    }

    private static List<XRayOrder> ordersOf(Map<Source, XRayOutcome> xrays) {
        List<XRayOrder> orders = new ArrayList<>(Source.values().length);
        for (Source source : Source.values()) {
            XRayOutcome outcome = xrays.get(source);
            orders.add(outcome == null ? null : XRayOrder.of(outcome));
        }
        return Collections.unmodifiableList(orders);
    }

    /**
     * The X-Rays in a map read by the source's ordinal: sorting 10,000 rows on an X-Ray reads a row's outcome
     * hundreds of thousands of times.
     */
    private static Map<Source, XRayOutcome> byOrdinal(Map<Source, XRayOutcome> xrays) {
        return Collections.unmodifiableMap(xrays.isEmpty() ? new EnumMap<>(Source.class) : new EnumMap<>(xrays));
    }

    private static String decisionText(StoredDecision decision) {
        if (decision == null) {
            return "";
        }
        DecisionTerms terms = decision.terms();
        String outcome = Messages.get("memo.outcome." + terms.outcome().wire());
        return terms.limitAmount().map(amount -> Messages.get("dashboard.decision.limit", outcome,
                new Figures(Messages.locale()).amount(amount.doubleValue()), terms.currency().orElse("")))
                .orElse(outcome);
    }

    /** The last update the server gave, else when the request was created, else when it was fetched. */
    public Instant lastUpdate() {
        return updatedAt != null ? updatedAt : createdAt != null ? createdAt : fetchedAt;
    }

    public SinceLastLook sinceLastLook() {
        return line.sinceLastLook();
    }

    /** True when the row was fetched longer than {@code maxAge} ago. */
    public boolean isOlderThan(Duration maxAge, Instant now) {
        return fetchedAt.plus(maxAge).isBefore(now);
    }

    /**
     * Name, company code (spaces ignored) or id contains the query, case-insensitively: {@code query} in lower
     * case, {@code compactQuery} the same without its spaces (made once per search, not once per row).
     */
    public boolean matches(String query, String compactQuery) {
        return query.isEmpty() || searchKey.contains(query) || searchKey.contains(compactQuery);
    }

    /** False once the server answered "not found": the row is the last copy kept here. */
    public boolean isOnServer() {
        return missingSince == null;
    }

    public boolean hasAny(XRayStatus status) {
        return xrays.values().stream().anyMatch(outcome -> outcome.status() == status);
    }

    /** Each X-Ray has its verdict (ready, not rated or failed): nothing is pending or awaits a document. */
    public boolean allReported() {
        return !hasAny(XRayStatus.PENDING) && !hasAny(XRayStatus.AWAITING_DOCUMENTS);
    }

    public boolean allReady() {
        return xrays.values().stream().allMatch(outcome -> outcome.status() == XRayStatus.READY);
    }
}
