package io.xraydesk.core.planted;

import io.xraydesk.relay.planted.RelayUsingCore;

/** Breaks {@code noCyclesBetweenLayers} alone: core uses the relay, which uses core. */
public class CoreCallingTheRelay {
    RelayUsingCore relay;
}
