package io.xraydesk.store.planted;

import java.nio.file.Path;

/** Respects every rule: the store keeps rows with the JDK only. */
public class StoreUsingTheJdk {
    Path file;
}
