package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /media/{id}} (docs/october-api.md, Media and uploads, E5): {@code
 * {"status":"online","meta":{"period":…, "date":…}}}. Period and date go under {@code meta}, the documented medium
 * fields (docs/october-api.md, open question OQ-7, inferred).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediumFinalisation(String status, MediumMeta meta) {

    public static MediumFinalisation online(String period, String isoDate) {
        MediumMeta meta = period == null && isoDate == null ? null : new MediumMeta(null, period, isoDate);
        return new MediumFinalisation(Medium.STATUS_ONLINE, meta);
    }
}
