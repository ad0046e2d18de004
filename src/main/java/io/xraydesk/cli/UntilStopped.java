package io.xraydesk.cli;

import java.util.concurrent.CountDownLatch;

/**
 * How a headless command that serves ({@code sandbox}, {@code relay}) lives: until the process is
 * stopped (SIGTERM or Ctrl-C run the shutdown hook, which stops it cleanly), or, when it runs inside
 * another program, until its thread is interrupted, which stops it at once rather than at JVM exit.
 */
final class UntilStopped {

    private UntilStopped() {
    }

    /**
     * Installs {@code stop} as a shutdown hook named {@code hookName}, runs {@code announce} (the ready
     * line, printed once the hook is in place), and waits; returns {@link ExitCode#OK} once stopped.
     */
    static int serve(String hookName, Runnable stop, Runnable announce) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, hookName);
        Runtime.getRuntime().addShutdownHook(hook);
        announce.run();
        try {
            stopped.await();
            return ExitCode.OK;
        } finally {
            if (stopped.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop.run();
            }
        }
    }
}
