package io.xraydesk.sandbox;

import io.xraydesk.api.model.Source;

/** Produces the content of one X-Ray's report, deterministically from its input. */
interface XRayGenerator {

    Source source();

    GeneratedReport generate(ReportInput input);
}
