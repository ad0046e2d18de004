package io.xraydesk.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where one file is in its upload. The happy path is QUEUED → MEDIUM_CREATED → UPLOADED → ONLINE;
 * FAILED is parked (the user may requeue it), ONLINE and CANCELLED are final.
 */
public enum UploadState {
    QUEUED, MEDIUM_CREATED, UPLOADED, ONLINE, FAILED, CANCELLED;

    /** States the queue picks up again after a restart. */
    public static final Set<UploadState> RESUMABLE =
            Collections.unmodifiableSet(EnumSet.of(QUEUED, MEDIUM_CREATED, UPLOADED));

    public boolean isFinal() {
        return this == ONLINE || this == CANCELLED;
    }
}
