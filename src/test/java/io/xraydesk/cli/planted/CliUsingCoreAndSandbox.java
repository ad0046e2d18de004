package io.xraydesk.cli.planted;

import io.xraydesk.core.planted.CoreUsingApiAndStore;
import io.xraydesk.relay.planted.RelayUsingCore;
import io.xraydesk.sandbox.planted.SandboxUsingTheApiModel;

/** Respects every rule: the command line may start the sandbox and the relay. */
public class CliUsingCoreAndSandbox {
    CoreUsingApiAndStore core;
    RelayUsingCore relay;
    SandboxUsingTheApiModel sandbox;
}
