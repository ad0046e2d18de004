package io.xraydesk.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Picks the secret store: the system keychain when it answers, else memory for this session. */
public final class SecretStores {

    /**
     * Without a Secret Service the keychain fails in well under a second; a D-Bus that accepts the
     * connection but never answers would block forever, so the probe is given this long.
     */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private SecretStores() {
    }

    public static SecretStoreChoice open() {
        return open(KeychainSecretStore::open, PROBE_TIMEOUT);
    }

    static SecretStoreChoice open(Callable<? extends SecretStore> keychain, Duration timeout) {
        ExecutorService probe = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "keychain-probe");
            // A probe stuck in native code must not keep the app from exiting.
            thread.setDaemon(true);
            return thread;
        });
        Future<? extends SecretStore> opening = probe.submit(keychain);
        probe.shutdown();
        try {
            return new SecretStoreChoice(opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS), Optional.empty());
        } catch (TimeoutException e) {
            opening.cancel(true);
            return fallback("the system keychain did not answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return fallback("the system keychain is not available (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.cancel(true);
            return fallback("interrupted while opening the system keychain");
        }
    }

    private static SecretStoreChoice fallback(String reason) {
        return new SecretStoreChoice(new MemorySecretStore(), Optional.of(reason));
    }
}
