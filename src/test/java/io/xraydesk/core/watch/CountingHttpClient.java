package io.xraydesk.core.watch;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real {@link HttpClient} that also writes down every call it sends (when, by the given clock, and
 * which path): the watcher tests count HTTP calls on the wire, not calls of the watcher's code.
 */
public final class CountingHttpClient extends HttpClient {

    /** One call as sent. */
    public record Sent(Instant at, String method, String path) {
    }

    private final HttpClient delegate;
    private final Clock clock;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    public CountingHttpClient(Clock clock) {
        this.delegate = HttpClient.newBuilder().version(Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        this.clock = clock;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public long count(String pathPrefix) {
        return sent.stream().filter(s -> s.path().startsWith(pathPrefix)).count();
    }

    public void clear() {
        sent.clear();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        sent.add(new Sent(clock.instant(), request.method(), request.uri().getPath()));
        return delegate.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        sent.add(new Sent(clock.instant(), request.method(), request.uri().getPath()));
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        sent.add(new Sent(clock.instant(), request.method(), request.uri().getPath()));
        return delegate.sendAsync(request, handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
