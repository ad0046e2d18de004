package io.xraydesk.ui.upload;

import io.xraydesk.core.documents.ContentType;

/** The short type name a row shows for a detected content type. */
final class FileTypes {

    private FileTypes() {
    }

    static String label(ContentType type) {
        return type == null ? "" : type.name();
    }

    static String label(String mimeType) {
        for (ContentType type : ContentType.values()) {
            if (type.mimeType().equals(mimeType)) {
                return type.name();
            }
        }
        return mimeType == null ? "" : mimeType;
    }
}
