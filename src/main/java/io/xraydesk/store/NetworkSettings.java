package io.xraydesk.store;

import java.util.List;

/**
 * Proxy and trust settings. The proxy password is never stored here but in the {@link SecretStore}
 * under {@link SecretKeys#PROXY_PASSWORD}. {@code importedCaFiles} are paths of PEM copies kept in
 * {@link AppPaths#certificates()}, so they survive the original file being moved.
 */
public record NetworkSettings(
        ProxyMode proxyMode,
        String proxyHost,
        Integer proxyPort,
        String proxyUsername,
        List<String> importedCaFiles) {

    public static final NetworkSettings DEFAULT = new NetworkSettings(ProxyMode.SYSTEM, null, null, null, List.of());

    public NetworkSettings {
        proxyMode = proxyMode == null ? ProxyMode.SYSTEM : proxyMode;
        importedCaFiles = importedCaFiles == null ? List.of() : List.copyOf(importedCaFiles);
    }

    public NetworkSettings withManualProxy(String host, int port, String username) {
        return new NetworkSettings(ProxyMode.MANUAL, host, port, username, importedCaFiles);
    }

    public NetworkSettings withProxyMode(ProxyMode mode) {
        return new NetworkSettings(mode, proxyHost, proxyPort, proxyUsername, importedCaFiles);
    }

    public NetworkSettings withImportedCaFiles(List<String> files) {
        return new NetworkSettings(proxyMode, proxyHost, proxyPort, proxyUsername, files);
    }
}
