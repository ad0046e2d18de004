package io.xraydesk.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What opening the local database found wrong and did about it, for the analyst to be told in words
 * (the text is under {@link #messageKey()}, with {@link #messageArgs()}).
 *
 * @param file the database
 * @param movedAside where a damaged file was moved, or null when the file was lost
 * @param salvagedUploads unfinished uploads read back from the damaged file into the new one
 */
public record DatabaseRecovery(Kind kind, Path file, Path movedAside, int salvagedUploads) {

    public enum Kind {
        /**
         * The database was there before (its marker says so) and is now missing or empty: deleted or
         * truncated by another program. What it held is gone; a new one was started.
         */
        LOST,
        /** The file could not be read as a database: moved aside, its journal salvaged into a new one. */
        DAMAGED
    }

    public String messageKey() {
        return kind == Kind.LOST ? "store.database.lost" : "store.database.damaged";
    }

    /** The file, where it was moved (damaged only), how many unfinished uploads were saved (damaged only). */
    public List<Object> messageArgs() {
        return kind == Kind.LOST ? List.of(file.toString())
                : List.of(file.toString(), String.valueOf(movedAside), salvagedUploads);
    }
}
