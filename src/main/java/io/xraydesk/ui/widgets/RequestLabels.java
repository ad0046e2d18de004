package io.xraydesk.ui.widgets;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.XRayState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
        return Source.recognise(source).map(Source::displayName).orElse(source == null ? "?" : source);
    }

    public static Label statusChip(String status) {
        Badges.Tone tone = status == null ? Badges.Tone.NEUTRAL : switch (status) {
            case "analysed" -> Badges.Tone.SUCCESS;
            case "pending_analysis", "analysis_in_progress" -> Badges.Tone.INFO;
            default -> Badges.Tone.NEUTRAL;
        };
        return Badges.chip(statusText(status), tone);
    }

    /** A grade badge when ready, else a chip saying pending or not applicable. */
    public static Label xrayBadge(XRayState state) {
        return switch (state.kind()) {
            case READY -> state.grade() == null ? Badges.chip(Messages.get("dashboard.xray.ready"), Badges.Tone.SUCCESS)
                    : Badges.grade(state.grade());
            case PENDING -> Badges.chip(Messages.get("dashboard.xray.pending"), Badges.Tone.INFO);
            case NOT_APPLICABLE -> Badges.chip(Messages.get("dashboard.xray.not_applicable"), Badges.Tone.NEUTRAL);
        };
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    private static Locale locale() {
        return Messages.locale();
    }
}
