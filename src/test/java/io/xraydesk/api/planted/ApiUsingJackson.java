package io.xraydesk.api.planted;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Respects every rule: the client layer uses Jackson and the JDK only. */
public class ApiUsingJackson {
    ObjectMapper mapper;
}
