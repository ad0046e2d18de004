package io.xraydesk.core.xray;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Source;
import io.xraydesk.store.UploadItem;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One document of a request as far as this installation knows it: the file sent from here (the API
 * has no list of a request's media, see docs/october-api.md, Media and uploads), how far its sending
 * got, and the medium's status on the server when it was read.
 *
 * @param category     the medium's category (wire value), null when none was chosen
 * @param sentAt       when it was put online (sending is done), else when it was last touched
 * @param serverStatus the medium's {@code status} as last read from the API, null when not read
 */
public record SentDocument(String fileName, String category, String period, String date, Delivery delivery,
        Instant sentAt, String serverStatus) {

    /** How far the sending of the file got. */
    public enum Delivery {
        /** Queued or on its way: nothing can run on it yet. */
        SENDING,
        /** Put online: its X-Rays have started. */
        SENT,
        /** The upload failed and waits for the analyst. */
        SEND_FAILED,
        /** The analyst cancelled it: it feeds nothing. */
        CANCELLED,
        /** Its checks refused it before sending (not a document October could read): it feeds nothing. */
        REFUSED
    }

    /**
     * Medium statuses read as "October could not use the file". The API documents none after
     * {@code pending_extraction} (docs/october-api.md, open question OQ-15); docs/xray-states.md
     * records this choice.
     */
    static final Set<String> UNUSABLE_SERVER_STATUSES = Set.of("failed", "extraction_failed", "rejected", "error");

    public SentDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(delivery, "delivery");
    }

    /** The journal's line of a file, with the medium status read from the API (or null). */
    public static SentDocument of(UploadItem item, String serverStatus) {
        Delivery delivery = switch (item.state()) {
            case ONLINE -> Delivery.SENT;
            case FAILED -> Delivery.SEND_FAILED;
            case CANCELLED -> Delivery.CANCELLED;
            case REFUSED -> Delivery.REFUSED;
            case CHECKING, QUEUED, MEDIUM_CREATED, UPLOADED -> Delivery.SENDING;
        };
        return new SentDocument(item.fileName(), item.category(), item.period(), item.date(), delivery,
                item.updatedAt(), serverStatus);
    }

    /** The X-Rays this document launches once sent: Doc always, Bank or Financial by its category. */
    public Set<Source> feeds() {
        Set<Source> sources = EnumSet.of(Source.DOC);
        DocumentCategory.fromWire(category).ifPresent(kind -> {
            switch (kind) {
                case BANK_STATEMENT -> sources.add(Source.BANK);
                case CERTIFIED_FINANCIAL_STATEMENT, INTERIM_FINANCIAL_STATEMENT -> sources.add(Source.FINANCIAL);
                case OTHER -> {
                    // Only the Doc X-Ray reads documents of no category.
                }
            }
        });
        return sources;
    }

    /** Sent, and the server did not say it could not use it. */
    boolean isLive() {
        return delivery == Delivery.SENT && !isUnusable();
    }

    /** Sent, and the server says it could not use it. */
    boolean isUnusable() {
        return delivery == Delivery.SENT && serverStatus != null
                && UNUSABLE_SERVER_STATUSES.contains(serverStatus.toLowerCase(Locale.ROOT));
    }
}
