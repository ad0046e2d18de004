package io.xraydesk.bench.upload;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by the uploading side: this JVM, plus the finished child processes it waited for
 * (the {@code curl} runs). The children's time is read from {@code /proc/self/stat}, so it is known on
 * Linux only; elsewhere it counts as zero and the figure says so.
 */
final class ClientCpu {

    private static final Path PROC_SELF = Path.of("/proc/self/stat");
    /** Clock ticks per second of {@code /proc} times: 100 on every Linux the benchmark runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ClientCpu() {
    }

    static boolean countsChildren() {
        return Files.isReadable(PROC_SELF);
    }

    /** Seconds of CPU so far: this process and its waited-for children. */
    static double seconds() throws IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9 + childrenSeconds();
    }

    private static double childrenSeconds() throws IOException {
        if (!countsChildren()) {
            return 0;
        }
        // After the command name in parentheses: field 16 and 17 of proc(5), cutime and cstime.
        String stat = Files.readString(PROC_SELF);
        String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
    }
}
