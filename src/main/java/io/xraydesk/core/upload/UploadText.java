package io.xraydesk.core.upload;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.SenderLock;
import io.xraydesk.store.UploadState;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** The words and figures of uploads shared by the panel and the command line: sizes, durations, states. */
public final class UploadText {

    private static final double KIB = 1024.0;
    private static final double MIB = 1024.0 * 1024.0;

    private UploadText() {
    }

    /** A byte count for people: {@code 512 B}, {@code 1.5 KB}, {@code 20.0 MB} (units of 1024). */
    public static String size(long bytes) {
        if (bytes < KIB) {
            return Messages.get("upload.size.bytes", bytes);
        }
        if (bytes < MIB) {
            return Messages.get("upload.size.kilobytes", bytes / KIB);
        }
        return Messages.get("upload.size.megabytes", bytes / MIB);
    }

    /** Minutes and seconds, rounded up to the second. */
    public static String duration(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return Messages.get("upload.duration", seconds / 60, seconds % 60);
    }

    /** Who holds the upload journal while this process waits for it, as far as the lock file says. */
    public static String waitingFor(Optional<SenderLock.Holder> holder, ZoneId zone) {
        return holder.map(h -> Messages.get("upload.waitingFor", h.program(), String.valueOf(h.pid()),
                        LocalTime.ofInstant(h.since(), zone).truncatedTo(ChronoUnit.SECONDS).toString()))
                .orElseGet(() -> Messages.get("upload.waitingForUnknown"));
    }

    public static String state(UploadState state) {
        return Messages.get("upload.state." + state.name().toLowerCase(Locale.ROOT));
    }
}
