package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.testing.LiveSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The control calls answer the tools that drive the sandbox and nothing a web page could send: a
 * cross-site form or script (no custom header, or an {@code Origin}), or a DNS name rebound to
 * 127.0.0.1 (a {@code Host} that is not loopback). Written on a raw socket, as a browser would.
 */
class SandboxControlCallersTest {

    @RegisterExtension
    static final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());

    @Test
    void aToolWithTheHeaderIsServed() throws IOException {
        assertEquals(200, status(sandbox.server().apiBaseUri(), "127.0.0.1", "X-Sandbox-Control: 1\r\n"));
        assertEquals(200, status(sandbox.server().apiBaseUri(), "localhost", "X-Sandbox-Control: 1\r\n"));
    }

    @Test
    void aCrossSiteFormWithoutTheHeaderIsRefused() throws IOException {
        assertEquals(403, status(sandbox.server().apiBaseUri(), "127.0.0.1", "Content-Type: text/plain\r\n"));
    }

    @Test
    void aRequestFromAPageIsRefusedEvenWithTheHeader() throws IOException {
        assertEquals(403, status(sandbox.server().apiBaseUri(), "127.0.0.1",
                "X-Sandbox-Control: 1\r\nOrigin: http://attacker.example\r\n"));
        assertEquals(403, status(sandbox.server().apiBaseUri(), "127.0.0.1", "X-Sandbox-Control: 1\r\nOrigin: null\r\n"));
    }

    @Test
    void aReboundDnsNameIsRefused() throws IOException {
        assertEquals(403, status(sandbox.server().apiBaseUri(), "attacker.example",
                "X-Sandbox-Control: 1\r\n"));
    }

    @Test
    void theStorageControlsFollowTheSameRules() throws IOException {
        URI s3 = sandbox.server().s3BaseUri();
        assertEquals(403, status(s3, "127.0.0.1", "", "DELETE", "/_sandbox/faults"));
        assertEquals(204, status(s3, "127.0.0.1", "X-Sandbox-Control: 1\r\n", "DELETE", "/_sandbox/faults"));
    }

    private static int status(URI base, String host, String headers) throws IOException {
        return status(base, host, headers, "GET", "/_sandbox/state");
    }

    private static int status(URI base, String host, String headers, String method, String path) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + base.getPort() + "\r\n" + headers
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
