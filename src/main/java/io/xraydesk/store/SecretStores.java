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
import java.util.concurrent.atomic.AtomicBoolean;

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
        // A keychain that answers after the timeout is closed at once: its D-Bus connection's threads
        // would otherwise keep the process alive after the window closes.
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<SecretStore> opening = probe.submit(() -> {
            SecretStore store = keychain.call();
            if (abandoned.get()) {
                store.close();
            }
            return store;
        });
        probe.shutdown();
        try {
            return new SecretStoreChoice(opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS), Optional.empty());
        } catch (TimeoutException e) {
            abandoned.set(true);
            if (!opening.cancel(true)) {
                closeOpened(opening); // it answered between the timeout and now
            }
            return fallback("the system keychain did not answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return fallback("the system keychain is not available (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned.set(true);
            opening.cancel(true);
            return fallback("interrupted while opening the system keychain");
        }
    }

    private static void closeOpened(Future<SecretStore> opened) {
        try {
            opened.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException failedOrUnclosable) {
            // It never opened, or cannot be closed: nothing more to release.
        }
    }

    private static SecretStoreChoice fallback(String reason) {
        return new SecretStoreChoice(new MemorySecretStore(), Optional.of(reason));
    }
}
