package io.xraydesk.relay.planted;

import io.xraydesk.core.planted.CoreUsingApiAndStore;
import io.xraydesk.serving.planted.ServingUsingTheJdkServer;

/** Respects every rule: the relay runs core's work behind serving. */
public class RelayUsingCore {
    CoreUsingApiAndStore core;
    ServingUsingTheJdkServer serving;
}
