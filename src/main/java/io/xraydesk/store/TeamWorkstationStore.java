package io.xraydesk.store;

/**
 * A workstation's store in a team ({@link TeamStore}, and the desktop's mirrored store): whatever holds
 * the shared records, what never leaves the workstation stays in its own database. The upload journal
 * and the import journal name this computer's files and folders, the drafts are unfinished typing, and
 * the look marks say what this analyst saw here (docs/team.md, "The application in a team").
 */
public interface TeamWorkstationStore extends WorkstationStore {

    /** The workstation's own database. */
    LocalDatabase workstation();

    @Override
    default UploadJournal uploadJournal() {
        return workstation().uploadJournal();
    }

    @Override
    default NoteDraftStore noteDrafts() {
        return workstation().noteDrafts();
    }

    @Override
    default LookMarks lookMarks() {
        return workstation().lookMarks();
    }

    @Override
    default ImportJournal importJournal() {
        return workstation().importJournal();
    }
}
