package io.xraydesk.core.planted;

import io.xraydesk.api.planted.ApiUsingJackson;
import io.xraydesk.store.planted.StoreUsingTheJdk;

/** Respects every rule: a workflow over the client and the store. */
public class CoreUsingApiAndStore {
    ApiUsingJackson client;
    StoreUsingTheJdk store;
}
