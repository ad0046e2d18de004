package io.xraydesk.sandbox.planted;

import io.xraydesk.api.model.Business;
import io.xraydesk.serving.planted.ServingUsingTheJdkServer;

/** Respects every rule: the emulator speaks the wire model and serves through serving. */
public class SandboxUsingTheApiModel {
    Business business;
    ServingUsingTheJdkServer serving;
}
