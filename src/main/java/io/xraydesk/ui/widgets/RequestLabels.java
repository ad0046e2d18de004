package io.xraydesk.ui.widgets;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.DateStyle;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.DocumentState;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.core.xray.XRayWords;
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import javafx.scene.control.Label;

/**
 * How request values read on screen, shared by the list and the request page. Statuses the API
 * documents or the sandbox uses have a translation under {@code request.status.<value>}; any other
 * value is shown verbatim (the status enum is undocumented, docs/october-api.md, open question OQ-11).
 */
public final class RequestLabels {

    private RequestLabels() {
    }

    public static String statusText(String status) {
        if (status == null || status.isBlank()) {
            return "—";
        }
        return translated("request.status." + status, status);
    }

    /** The translation under {@code key}, or {@code verbatim} for a value the API added since. */
    public static String translated(String key, String verbatim) {
        try {
            return Messages.bundle().getString(key);
        } catch (MissingResourceException unknown) {
            return verbatim;
        }
    }

    /** "Bank X-Ray" for the five known sources, the raw value otherwise. */
    public static String xrayName(String source) {
        return Source.recognise(source).map(XRayWords::name).orElse(source == null ? "?" : source);
    }

    public static Label statusChip(String status) {
        return statusLook(status).label();
    }

    /** The look of {@link #statusChip(String)}, for a label made once. */
    public static LabelLook statusLook(String status) {
        Badges.Tone tone = status == null ? Badges.Tone.NEUTRAL : switch (status) {
            case "analysed" -> Badges.Tone.SUCCESS;
            case "pending_analysis", "analysis_in_progress" -> Badges.Tone.INFO;
            default -> Badges.Tone.NEUTRAL;
        };
        return Badges.chipLook(statusText(status), tone);
    }

    /**
     * The grade badge of a ready X-Ray with a grade, else a chip with its state's word ("not rated");
     * either way the whole line ("Bank X-Ray: not rated — data sanity 62 % (below 70 %)") in a tooltip
     * and for screen readers.
     */
    public static Label xrayBadge(XRayOutcome outcome) {
        return explained(xrayLook(outcome).label(), outcome);
    }

    /** The look of {@link #xrayBadge(XRayOutcome)} without its explanation, for a label made once. */
    public static LabelLook xrayLook(XRayOutcome outcome) {
        return outcome.status() != XRayStatus.READY || outcome.grade() == null ? xrayStateLook(outcome)
                : Badges.gradeLook(outcome.grade());
    }

    /** A chip with the X-Ray state's word ("not rated"), the whole line in a tooltip and for screen readers. */
    public static Label xrayStateChip(XRayOutcome outcome) {
        return explained(xrayStateLook(outcome).label(), outcome);
    }

    private static LabelLook xrayStateLook(XRayOutcome outcome) {
        Badges.Tone tone = switch (outcome.status()) {
            case READY -> Badges.Tone.SUCCESS;
            case PENDING -> Badges.Tone.INFO;
            case AWAITING_DOCUMENTS -> Badges.Tone.NEUTRAL;
            case NOT_RATED -> Badges.Tone.WARNING;
            case FAILED -> Badges.Tone.DANGER;
        };
        return Badges.chipLook(outcome.status().label(), tone);
    }

    private static Label explained(Label badge, XRayOutcome outcome) {
        badge.setAccessibleText(outcome.line());
        LazyTooltip.on(badge).setText(outcome.line());
        return badge;
    }

    /** A document's state as a chip: analysed in green, on its way in blue, a problem in red. */
    public static Label documentChip(DocumentState state) {
        Badges.Tone tone = switch (state) {
            case ANALYSED -> Badges.Tone.SUCCESS;
            case SENDING, RECEIVED, BEING_READ -> Badges.Tone.INFO;
            case SEND_FAILED, UNUSABLE -> Badges.Tone.DANGER;
            case REFUSED -> Badges.Tone.WARNING;
            case CANCELLED -> Badges.Tone.NEUTRAL;
        };
        return Badges.chip(state.label(), tone);
    }

    /** The warning chip of a request the server no longer knows. */
    public static Label notFoundChip() {
        return notFoundLook().label();
    }

    /** The look of {@link #notFoundChip()}, for a label made once. */
    public static LabelLook notFoundLook() {
        return Badges.chipLook(Messages.get("xray.presence.notFound.short"), Badges.Tone.WARNING);
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateStyle.dateTime(locale()).format(instant);
    }

    private static Locale locale() {
        return Messages.locale();
    }
}
