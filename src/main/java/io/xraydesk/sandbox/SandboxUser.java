package io.xraydesk.sandbox;

/**
 * A user the sandbox accepts: the {@code userId} and {@code sessionToken} header values, and the
 * Partner business it belongs to. {@code toString()} never shows the token.
 */
public record SandboxUser(String userId, String token, String businessId) {

    @Override
    public String toString() {
        return "SandboxUser[userId=" + userId + ", businessId=" + businessId + ", token=***]";
    }
}
