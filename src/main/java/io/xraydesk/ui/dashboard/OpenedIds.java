package io.xraydesk.ui.dashboard;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.ui.concurrent.ProgressSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What opening a list of ids came to: the requests found (fetched and kept locally as opened by id, so they
 * stay in the list), the ids no request answers to for this account, those that could not be fetched now,
 * and the pieces that were not ids.
 */
record OpenedIds(List<RequestRow> found, List<String> notFound, List<String> failed, List<String> invalid) {

    OpenedIds {
        found = List.copyOf(found);
        notFound = List.copyOf(notFound);
        failed = List.copyOf(failed);
        invalid = List.copyOf(invalid);
    }

    /**
     * Fetches each id in turn through the watcher, which caches and watches what it finds. Blocking: off the
     * UI thread. A refused token stops everything (the session is over); an interrupt stops between two ids.
     */
    static OpenedIds fetch(RequestIdInput.IdList input, RequestWatcher watcher, RequestReader requests,
            ProgressSink progress) throws InterruptedException {
        List<RequestRow> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> ids = input.ids();
        for (int i = 0; i < ids.size(); i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("opening by id cancelled");
            }
            progress.update(i, ids.size());
            String id = ids.get(i);
            try {
                watcher.openById(id);
                requests.portfolio().line(id).map(RequestRow::of).ifPresentOrElse(found::add, () -> failed.add(id));
            } catch (AuthenticationException refused) {
                throw refused;
            } catch (NotFoundException | PermissionException unknown) {
                notFound.add(id);
            } catch (OctoberException unavailable) {
                failed.add(id);
            }
        }
        progress.update(ids.size(), ids.size());
        return new OpenedIds(found, notFound, failed, input.invalid());
    }

    /** The one request to open at once: a single id was given and found, and nothing else needs saying. */
    Optional<String> single() {
        boolean alone = found.size() == 1 && notFound.isEmpty() && failed.isEmpty() && invalid.isEmpty();
        return alone ? Optional.of(found.get(0).id()) : Optional.empty();
    }

    /** Each group in words, one paragraph each; empty groups are left out. */
    String summary() {
        List<String> parts = new ArrayList<>();
        if (!found.isEmpty()) {
            parts.add(Messages.get("dashboard.open.list.found", found.size(), String.join(", ",
                    found.stream().map(OpenedIds::describe).toList())));
        }
        if (!notFound.isEmpty()) {
            parts.add(Messages.get("dashboard.open.list.notFound", notFound.size(), String.join(", ", notFound)));
        }
        if (!failed.isEmpty()) {
            parts.add(Messages.get("dashboard.open.list.failed", failed.size(), String.join(", ", failed)));
        }
        if (!invalid.isEmpty()) {
            parts.add(Messages.get("dashboard.open.list.invalid", invalid.size(), String.join(", ", invalid)));
        }
        return String.join("\n\n", parts);
    }

    private static String describe(RequestRow row) {
        return row.businessName() == null || row.businessName().isBlank() ? row.id()
                : row.businessName() + " (" + row.id() + ")";
    }
}
