package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * Business and financial data attached to a request (docs/october-api.md, Requests, notes). Amounts are plain JSON
 * numbers in euros (inferred); {@code equity} and {@code netIncome} may be negative. Absent values are not sent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestNotes(
        Boolean holding,
        Integer workforceNumber,
        BigDecimal equity,
        BigDecimal revenue,
        BigDecimal amortizationDepreciation,
        BigDecimal netIncome) {

    /** Not a wire field: without the annotation Jackson would send it as {@code "empty"}. */
    @JsonIgnore
    public boolean isEmpty() {
        return holding == null && workforceNumber == null && equity == null && revenue == null
                && amortizationDepreciation == null && netIncome == null;
    }
}
