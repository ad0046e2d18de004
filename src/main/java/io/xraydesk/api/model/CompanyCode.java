package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Company identifier of a request (docs/october-api.md, Company codes): {@code {"type": "siren", "id": "514673987"}}.
 * The id stays a string so that leading zeros survive (KvK numbers may start with 0).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyCode(String type, String id) {

    public static final String SIREN = "siren";
    public static final String KVK = "kvk";

    public static CompanyCode siren(String id) {
        return new CompanyCode(SIREN, id);
    }

    public static CompanyCode kvk(String id) {
        return new CompanyCode(KVK, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
