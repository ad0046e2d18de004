package io.xraydesk.contract;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.sandbox.SandboxServer;
import java.net.URI;

/**
 * The benchmarks reach the sandbox's control calls by this name; the calls themselves live in
 * {@link io.xraydesk.testing.SandboxControl}, shared by every test package.
 */
public final class SandboxControl extends io.xraydesk.testing.SandboxControl {

    public SandboxControl(SandboxServer server) {
        super(server);
    }

    public SandboxControl(URI apiBase, URI s3Base, ApiCredentials demo) {
        super(apiBase, s3Base, demo);
    }
}
