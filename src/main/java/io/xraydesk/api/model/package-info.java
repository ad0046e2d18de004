/**
 * Wire shapes of the October API (docs/october-api.md), shared by the client and the embedded sandbox.
 *
 * <p>Tolerant reader: every record ignores unknown fields, and enumerated values (status, stage,
 * source, category, period) are kept as the strings the server sent, so a value this build does not
 * know is shown verbatim instead of failing. The Java enums beside the records ({@link
 * DocumentCategory}, {@link Period}, {@link Source}, ...) name the documented values and are what the
 * client <em>sends</em> (strict writer).
 */
package io.xraydesk.api.model;
