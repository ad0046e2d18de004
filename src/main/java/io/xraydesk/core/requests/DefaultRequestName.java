package io.xraydesk.core.requests;

import io.xraydesk.api.model.CompanyCode;
import java.util.Locale;

/**
 * The name a request gets when the analyst gives none, shown in the form so the analyst knows what
 * the dashboard will say. The API documents {@code businessName} as optional without saying what it
 * defaults to, so the real API's default is unknown; this follows the sandbox's naming (the code type
 * in capitals and the id, e.g. {@code SIREN 514673987}) and is only a preview: the name the server
 * returns is the one recorded.
 */
public final class DefaultRequestName {

    private DefaultRequestName() {
    }

    public static String of(CompanyCode code) {
        return code.type().toUpperCase(Locale.ROOT) + " " + code.id();
    }
}
