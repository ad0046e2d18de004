package io.xraydesk.sandbox.planted;

import io.xraydesk.api.planted.ApiUsingJackson;

/** Breaks {@code sandboxUsesOnlyTheApiModel}: the emulator uses the client, not only the wire model. */
public class SandboxUsingTheClient {
    ApiUsingJackson client;
}
