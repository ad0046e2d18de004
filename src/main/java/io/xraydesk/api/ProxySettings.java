package io.xraydesk.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * Which proxy outbound calls go through: the operating system's ({@link Mode#SYSTEM}), none, or a
 * manual host and port with optional credentials. The password is kept as a {@code char[]} copy and
 * never printed.
 */
public final class ProxySettings {

    public enum Mode { SYSTEM, NONE, MANUAL }

    private final Mode mode;
    private final String host;
    private final int port;
    private final String username;
    private final char[] password;

    private ProxySettings(Mode mode, String host, int port, String username, char[] password) {
        this.mode = mode;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password == null ? null : password.clone();
    }

    public static ProxySettings system() {
        return new ProxySettings(Mode.SYSTEM, null, 0, null, null);
    }

    public static ProxySettings none() {
        return new ProxySettings(Mode.NONE, null, 0, null, null);
    }

    public static ProxySettings manual(String host, int port) {
        return manual(host, port, null, (char[]) null);
    }

    /** A manual proxy; {@code username} null means the proxy needs no authentication. */
    public static ProxySettings manual(String host, int port, String username, char[] password) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("proxy host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be between 1 and 65535, was " + port);
        }
        return new ProxySettings(Mode.MANUAL, host.trim(), port, username,
                username == null ? null : Objects.requireNonNullElse(password, new char[0]));
    }

    public static ProxySettings manual(String host, int port, String username, String password) {
        return manual(host, port, username, password == null ? null : password.toCharArray());
    }

    public Mode mode() {
        return mode;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean hasCredentials() {
        return username != null;
    }

    public String username() {
        return username;
    }

    /** A copy of the password; the caller may wipe it. */
    public char[] password() {
        return password == null ? null : password.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProxySettings that && mode == that.mode && port == that.port
                && Objects.equals(host, that.host) && Objects.equals(username, that.username)
                && Arrays.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, host, port, username);
    }

    @Override
    public String toString() {
        return mode == Mode.MANUAL
                ? "MANUAL " + host + ":" + port + (hasCredentials() ? " (user " + username + ", password ***)" : "")
                : mode.name();
    }
}
