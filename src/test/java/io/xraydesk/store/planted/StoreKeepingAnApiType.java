package io.xraydesk.store.planted;

import io.xraydesk.api.model.Business;

/** Breaks {@code storeKnowsNoOtherLayer}: the store keeps an API type instead of rows. */
public class StoreKeepingAnApiType {
    Business business;
}
