package io.xraydesk.core.session;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.Profile;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in analyst: the profile, its credentials and the API and S3 clients built for them. One
 * {@link HttpClient} serves both, so that proxy, trust and timeouts apply to every outbound call.
 *
 * @param companyLookupBase base URL of the public company search (API of {@code
 *     recherche-entreprises}), or empty when the lookup is turned off for this environment
 */
public record Session(
        Profile profile,
        ApiCredentials credentials,
        ConnectionSettings connection,
        OctoberClient client,
        S3Uploader uploader,
        Optional<URI> companyLookupBase) {

    public Session {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(uploader, "uploader");
        companyLookupBase = companyLookupBase == null ? Optional.empty() : companyLookupBase;
    }

    /** Builds the clients for {@code credentials} over one HTTP client made with {@code connection}. */
    public static Session open(Profile profile, ApiCredentials credentials, ConnectionSettings connection,
            Optional<URI> companyLookupBase) {
        HttpClient http = HttpClientFactory.create(connection);
        return new Session(profile, credentials, connection,
                new OctoberClient(credentials, http, RetryPolicy.defaults(), connection),
                new S3Uploader(http, RetryPolicy.defaults(), connection),
                companyLookupBase);
    }

    /**
     * The business of the profile, needed for the webhook settings (docs/october-api.md, open question OQ-10: typed by
     * the user).
     */
    public Optional<String> businessId() {
        return Optional.ofNullable(profile.businessId()).filter(id -> !id.isBlank());
    }

    /** Who acts in this session, for notes, decisions and the audit trail: the user id and the profile's name. */
    public Analyst analyst() {
        return new Analyst(credentials.userId(), profile.displayName());
    }

    @Override
    public String toString() {
        return "Session[profile=" + profile.id() + ", " + credentials + "]";
    }
}
