package io.xraydesk.core.xray;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.DateStyle;
import io.xraydesk.core.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The X-Ray states in the analyst's language: names, one-line summaries and the reasons the rules give. */
public final class XRayWords {

    private XRayWords() {
    }

    /** "Bank X-Ray". */
    public static String name(Source source) {
        return Messages.get("report.source." + source.wire());
    }

    /** "Bank": the X-Ray's name where the column or line already says it is an X-Ray. */
    public static String shortName(Source source) {
        return Messages.get(switch (source) {
            case DOC -> "xray.short.doc";
            case BANK -> "xray.short.bank";
            case FINANCIAL -> "xray.short.financial";
            case ESG -> "xray.short.esg";
            case MANAGER -> "xray.short.manager";
        });
    }

    /** "Bank X-Ray: not rated — data sanity 62 % (below 70 %)". */
    static String line(XRayOutcome outcome) {
        String head = Messages.get("xray.line", name(outcome.source()), outcome.status().label());
        return detail(outcome).map(detail -> Messages.get("xray.line.detail", head, detail)).orElse(head);
    }

    /** What follows the state: the grade, the reason, or since when it is pending. */
    public static Optional<String> detail(XRayOutcome outcome) {
        return switch (outcome.status()) {
            case READY -> grade(outcome);
            case PENDING -> Optional.ofNullable(outcome.since()).map(s -> Messages.get("xray.pending.since", time(s)));
            case AWAITING_DOCUMENTS, NOT_RATED, FAILED -> Optional.ofNullable(outcome.reason());
        };
    }

    private static Optional<String> grade(XRayOutcome outcome) {
        if (outcome.grade() == null) {
            return Optional.empty();
        }
        if (outcome.probabilityOfDefault() == null) {
            return Optional.of(Messages.get("xray.grade", outcome.grade()));
        }
        return Optional.of(Messages.get("xray.grade.pd", outcome.grade(), outcome.probabilityOfDefault()));
    }

    static String unusableDocument(SentDocument document) {
        return Messages.get("xray.reason.unusableDocument", document.fileName(), document.serverStatus());
    }

    /**
     * What would produce an X-Ray nothing launched yet, mentioning the documents of the right kind that
     * are still on their way or whose sending failed.
     */
    static String whatWouldProduce(Source source, List<SentDocument> documents) {
        String wanted = Messages.get("xray.awaiting." + source.wire());
        for (SentDocument document : documents) {
            if (!document.feeds().contains(source)) {
                continue;
            }
            if (document.delivery() == SentDocument.Delivery.SENDING) {
                return Messages.get("xray.awaiting.sending", wanted, document.fileName());
            }
            if (document.delivery() == SentDocument.Delivery.SEND_FAILED) {
                return Messages.get("xray.awaiting.sendFailed", wanted, document.fileName());
            }
        }
        return wanted;
    }

    static String time(Instant instant) {
        return DateStyle.dateTime(instant);
    }
}
