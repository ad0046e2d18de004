package io.xraydesk.store;

import java.util.Objects;

/**
 * One set of API credentials the user switches between. The session token itself is never here: it
 * lives in the {@link SecretStore} under {@link SecretKeys#token(String)} when {@code rememberToken}
 * is set. {@code baseUrl} is only used for {@link Environment#CUSTOM}; {@code businessId} is optional.
 */
public record Profile(
        String id,
        String displayName,
        Environment environment,
        String baseUrl,
        String userId,
        String octoberVersion,
        String businessId,
        boolean rememberToken) {

    public Profile {
        Objects.requireNonNull(id, "id");
        environment = environment == null ? Environment.SANDBOX : environment;
    }
}
