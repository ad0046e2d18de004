package io.xraydesk.store;

/**
 * The store a workstation works with: the {@link SharedRecords}, in its own file ({@link LocalDatabase})
 * or in the team's database ({@link TeamStore}), and what never leaves the workstation: the journal of
 * its uploads, which names its files, the journal of its portfolio imports, which names its list files
 * and folders, the drafts of notes being typed, and when this analyst last looked at each request.
 */
public interface WorkstationStore extends SharedRecords {

    UploadJournal uploadJournal();

    NoteDraftStore noteDrafts();

    LookMarks lookMarks();

    ImportJournal importJournal();
}
