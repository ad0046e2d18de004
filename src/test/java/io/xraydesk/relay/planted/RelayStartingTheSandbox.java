package io.xraydesk.relay.planted;

import io.xraydesk.sandbox.planted.SandboxUsingTheApiModel;

/** Breaks {@code relayIsHeadless}: the relay starts the emulator. */
public class RelayStartingTheSandbox {
    SandboxUsingTheApiModel sandbox;
}
