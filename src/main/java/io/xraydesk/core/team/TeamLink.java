package io.xraydesk.core.team;

import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StaleWriteException;
import io.xraydesk.store.StoreException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The team database as this desktop's writes reach it: absent until it was first reached, skipped while
 * the mirror says it is out of reach (a write would wait for a connection timeout on the caller's thread),
 * and told to the mirror when a write fails. A write skipped or failed is not lost: it is in the
 * desktop's copy, which the next resynchronisation brings to the team ({@link RowSync}).
 */
final class TeamLink {

    private volatile SharedRecords team;
    private volatile TeamMirror mirror;

    void connected(SharedRecords team, TeamMirror mirror) {
        this.team = team;
        this.mirror = mirror;
    }

    /** The team's records while they answer; empty before the first connection or while lost. */
    Optional<SharedRecords> reachable() {
        SharedRecords now = team;
        TeamMirror watching = mirror;
        return now != null && watching != null && watching.reachable() ? Optional.of(now) : Optional.empty();
    }

    /** Writes to the team when it answers; a stale write is the caller's, a lost database the mirror's. */
    void write(Consumer<SharedRecords> work) {
        reachable().ifPresent(records -> {
            try {
                work.accept(records);
            } catch (StaleWriteException e) {
                throw e;
            } catch (StoreException e) {
                mirror.lost(e);
            }
        });
    }
}
