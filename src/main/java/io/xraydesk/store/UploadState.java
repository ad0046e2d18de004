package io.xraydesk.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where one file is in its upload. The happy path is CHECKING → QUEUED → MEDIUM_CREATED → UPLOADED →
 * ONLINE. A file is written to the journal as CHECKING the moment the analyst names it, before its
 * checks run, so that a crash during the checks loses no file; its checks move it on to QUEUED or to
 * REFUSED (with the reasons). FAILED is parked (the user may requeue it); ONLINE, CANCELLED and
 * REFUSED are final.
 */
public enum UploadState {
    CHECKING, QUEUED, MEDIUM_CREATED, UPLOADED, ONLINE, FAILED, CANCELLED, REFUSED;

    /** States the queue picks up again after a restart. */
    public static final Set<UploadState> RESUMABLE =
            Collections.unmodifiableSet(EnumSet.of(CHECKING, QUEUED, MEDIUM_CREATED, UPLOADED));

    public boolean isFinal() {
        return this == ONLINE || this == CANCELLED || this == REFUSED;
    }
}
