package io.xraydesk.core.planted;

import io.xraydesk.sandbox.planted.SandboxUsingTheApiModel;

/** Breaks {@code sandboxOnlyThroughTheCliAndTheDemoSessionOpener}: core starts the emulator itself. */
public class CoreStartingTheSandbox {
    SandboxUsingTheApiModel sandbox;
}
