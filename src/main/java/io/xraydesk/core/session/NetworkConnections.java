package io.xraydesk.core.session;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.TrustMaterial;
import io.xraydesk.store.NetworkSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns the saved network settings into the one {@link ConnectionSettings} every outbound call uses
 * (API and S3 alike, through {@link Session#open}): the proxy, and a trust of the JDK and OS CAs plus
 * the imported ones. Building the trust reads files: call it off the FX thread.
 */
public final class NetworkConnections {

    private NetworkConnections() {
    }

    /**
     * @param proxyPassword the manual proxy's password from the secret store, if one is kept
     * @throws IllegalArgumentException when an imported CA file can no longer be read, naming it
     */
    public static ConnectionSettings settings(NetworkSettings network, Optional<String> proxyPassword) {
        return ConnectionSettings.defaults()
                .withProxy(proxy(network, proxyPassword))
                .withSslContext(TrustMaterial.sslContext(network.importedCaFiles().stream().map(Path::of).toList()));
    }

    static ProxySettings proxy(NetworkSettings network, Optional<String> proxyPassword) {
        return switch (network.proxyMode()) {
            case NONE -> ProxySettings.none();
            case SYSTEM -> ProxySettings.system();
            case MANUAL -> manual(network, proxyPassword);
        };
    }

    private static ProxySettings manual(NetworkSettings network, Optional<String> proxyPassword) {
        if (network.proxyHost() == null || network.proxyHost().isBlank() || network.proxyPort() == null) {
            // A manual proxy saved without its address (a hand-edited file): going direct would
            // surprise less than refusing every call, and the dialog shows the fields to complete.
            return ProxySettings.none();
        }
        String username = network.proxyUsername() == null || network.proxyUsername().isBlank()
                ? null : network.proxyUsername();
        return ProxySettings.manual(network.proxyHost(), network.proxyPort(), username,
                username == null ? null : proxyPassword.orElse(""));
    }
}
