package io.xraydesk.serving.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks {@code servingUsesOnlyTheJdk}: serving reads what it serves, through Jackson. */
public class ServingParsingJson {
    ObjectMapper mapper;
}
