package io.xraydesk.core.session;

/**
 * The embedded sandbox's public demo account, which a new Sandbox profile is filled with. The token
 * is public, yet kept out of {@link #toString()} like every other token.
 */
public record DemoAccount(String userId, String token, String businessId) {

    @Override
    public String toString() {
        return "DemoAccount[userId=" + userId + ", businessId=" + businessId + ", token=***]";
    }
}
