package io.xraydesk.core.team;

import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.WorkstationStore;
import java.util.Objects;

/**
 * Keeps the watcher watching every request of the team the desktop's copy holds, those another member
 * added included, so that the desktop can take any of them over when no relay runs; which ones it
 * actually polls is the {@link PollShare}'s to say.
 */
public record TeamWatching(RequestWatcher watcher, WorkstationStore store) implements TeamMirror.Listener {

    public TeamWatching {
        Objects.requireNonNull(watcher, "watcher");
        Objects.requireNonNull(store, "store");
    }

    @Override
    public void requestChanged(String requestId) {
        store.requestCache().find(requestId).ifPresent(this::watch);
    }

    @Override
    public void resynchronised() {
        store.requestCache().all().forEach(this::watch);
    }

    private void watch(CachedRequest request) {
        if (!request.isMissing() && !watcher.isWatching(request.id())) {
            watcher.watch(request.id(), RequestOrigin.WEBHOOK);
        }
    }
}
