package io.xraydesk.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The request side of a real exchange with the answer kept back: a handler run on it does its work
 * (creates the request, stores the object) while its status, headers and body are only captured, so
 * a fault armed "after handling" can then spoil the answer the client receives.
 */
final class FaultDeferredExchange extends HttpExchange {

    private final HttpExchange real;
    private final Headers capturedHeaders = new Headers();
    private final ByteArrayOutputStream capturedBody = new ByteArrayOutputStream();
    private int capturedStatus = -1;

    FaultDeferredExchange(HttpExchange real) {
        this.real = real;
    }

    /** The status the handler chose, -1 if it sent none. */
    int capturedStatus() {
        return capturedStatus;
    }

    byte[] capturedBody() {
        return capturedBody.toByteArray();
    }

    @Override
    public Headers getRequestHeaders() {
        return real.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return capturedHeaders;
    }

    @Override
    public URI getRequestURI() {
        return real.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return real.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return real.getHttpContext();
    }

    /** Closing is left to the fault: the real connection must outlive the handler. */
    @Override
    public void close() {
        // the captured answer is complete; nothing reaches the client from here
    }

    @Override
    public InputStream getRequestBody() {
        return real.getRequestBody();
    }

    @Override
    public OutputStream getResponseBody() {
        return capturedBody;
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) {
        capturedStatus = rCode;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return real.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return capturedStatus;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return real.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return real.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return real.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        real.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        real.setStreams(i, o);
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return real.getPrincipal();
    }
}
