package io.xraydesk.core.session;

import java.net.URI;

/** The fixed addresses of the real services; the sandbox's come from the running emulator. */
public final class ApiEndpoints {

    /** The October production API (docs/october-api.md, Environments and versions). */
    public static final URI PRODUCTION = URI.create("https://api.lending.soprafinancing.io");

    /** The public French company search, used outside the sandbox when the lookup is on. */
    public static final URI COMPANY_LOOKUP = URI.create("https://recherche-entreprises.api.gouv.fr");

    private ApiEndpoints() {
    }
}
