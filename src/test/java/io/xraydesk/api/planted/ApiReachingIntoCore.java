package io.xraydesk.api.planted;

import io.xraydesk.core.planted.CoreUsingApiAndStore;

/** Breaks {@code apiUsesOnlyTheJdkAndJackson}: the bottom layer reaches up into a workflow. */
public class ApiReachingIntoCore {
    CoreUsingApiAndStore core;
}
