package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Output of an X-Ray generator: the letter grade (null when the X-Ray has none) and its data. */
record GeneratedReport(String score, ObjectNode data) {
}
