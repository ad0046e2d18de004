package io.xraydesk.core.lookup;

import java.util.Objects;

/**
 * What the public company search knows about one SIREN: the registered name, the head office's
 * address, the main activity (NAF/APE code) and whether the company is closed ({@code
 * etat_administratif} = {@code C}). Address and activity may be empty when the registry has none.
 */
public record CompanyFacts(String siren, String name, String address, String activity, boolean closed) {

    public CompanyFacts {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(name, "name");
        address = address == null ? "" : address;
        activity = activity == null ? "" : activity;
    }
}
