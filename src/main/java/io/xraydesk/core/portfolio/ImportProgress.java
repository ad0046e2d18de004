package io.xraydesk.core.portfolio;

/** The batch as a whole: companies with nothing left to do out of all, and documents handed to the queue. */
public record ImportProgress(int companiesDone, int companiesTotal, int documentsQueued) {
}
