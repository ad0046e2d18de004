package io.xraydesk.core.export;

import java.io.IOException;

/** The place chosen for an export cannot take it (a link, a folder, a pipe); the message says which, in words. */
public final class ExportTargetException extends IOException {

    private static final long serialVersionUID = 1L;

    ExportTargetException(String message) {
        super(message);
    }
}
