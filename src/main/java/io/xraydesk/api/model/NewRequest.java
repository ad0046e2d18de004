package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /requests} (docs/october-api.md, Requests, E1). Only {@code code} is mandatory; the rest is
 * omitted when null. {@code creator} carries a user id or, for open question OQ-6 of docs/october-api.md, whatever form
 * {@code io.xraydesk.api.CreatorField} decides.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewRequest(CompanyCode code, String businessName, String creator, RequestNotes notes) {

    public static NewRequest of(CompanyCode code) {
        return new NewRequest(code, null, null, null);
    }
}
