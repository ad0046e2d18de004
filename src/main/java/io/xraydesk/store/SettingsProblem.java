package io.xraydesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Something wrong found while loading settings; loading carried on with defaults for that part.
 *
 * @param file the file concerned, absent for an environment variable
 * @param backup where an unusable user file was moved to, if it could be moved
 * @param detail technical detail for the log (never contains a secret: settings hold none)
 */
public record SettingsProblem(Kind kind, Optional<Path> file, Optional<Path> backup, String detail) {

    public enum Kind {
        /** The user's settings file could not be parsed; it was moved aside and defaults are used. */
        USER_FILE_CORRUPT,
        /** The user's settings file exists but could not be read (permissions, I/O error). */
        USER_FILE_UNREADABLE,
        /** The system-wide presets file is invalid and was ignored. */
        SYSTEM_FILE_INVALID,
        /** A preset environment variable has a value that cannot be used and was ignored. */
        ENVIRONMENT_VARIABLE_INVALID
    }
}
