package io.xraydesk.core.portfolio;

import io.xraydesk.store.ImportCompany;

/**
 * How the import window and the command line follow a run. Called on the run's thread; implementations hand
 * over to their own thread. Document progress comes from the upload queue's own listener.
 */
public interface ImportListener {

    /** A company changed state; {@code progress} is the batch as a whole. */
    void companyChanged(ImportCompany company, ImportProgress progress);
}
