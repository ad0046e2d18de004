package io.xraydesk.api;

/**
 * How many bytes of an answer are read, by kind of answer. An honest October answer is far below
 * these; a larger one is a broken or hostile server and is stopped before it fills the memory.
 *
 * @param resourceBytes a request, medium, business or company answer
 * @param reportBytes a report or a list of reports (bank X-Rays carry every transaction)
 * @param errorBytes an error answer, API or S3: only its beginning is kept, as its text is shown cut
 */
public record AnswerLimits(long resourceBytes, long reportBytes, long errorBytes) {

    private static final long MIB = 1024 * 1024;

    public AnswerLimits {
        requirePositive(resourceBytes, "resourceBytes");
        requirePositive(reportBytes, "reportBytes");
        requirePositive(errorBytes, "errorBytes");
    }

    /** 4 MiB per resource, 64 MiB of reports, 64 KiB of an error answer. */
    public static AnswerLimits defaults() {
        return new AnswerLimits(4 * MIB, 64 * MIB, 64 * 1024);
    }

    /** {@code 4 MiB}, {@code 64 KiB} or {@code 512 bytes}, for messages. */
    static String describe(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    private static void requirePositive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
