/**
 * Typed client of the October API, usable from any Java program (no JavaFX).
 *
 * <p>Build one {@link java.net.http.HttpClient} with {@link io.xraydesk.api.HttpClientFactory} from
 * {@link io.xraydesk.api.ConnectionSettings} and share it between {@link io.xraydesk.api.OctoberClient}
 * (the API, with the {@code userId} / {@code sessionToken} / {@code October-Version} headers) and
 * {@link io.xraydesk.api.S3Uploader} (the medium bytes, with no October header at all).
 *
 * <p>Every failure is an unchecked {@link io.xraydesk.api.OctoberException}; its subclasses say what
 * a screen should do (re-enter the token, show a field error, wait, reconcile an unknown outcome…).
 * Inferred API points (the open questions of docs/october-api.md) are each decided in one named place: path alias
 * in {@code OctoberClient}, error body reading order in {@code ErrorBody}, the creator e-mail form in
 * {@link io.xraydesk.api.CreatorField}, the webhook body in {@code OctoberClient#updateWebhooks}.
 */
package io.xraydesk.api;
