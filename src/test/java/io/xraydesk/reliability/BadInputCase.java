package io.xraydesk.reliability;

/** One case of the bad-input corpus: where the input goes, what it is, and how it must be answered. */
record BadInputCase(String area, String name, Check check) {

    /** Runs the input through the app's own rule or client and says how it was answered. */
    @FunctionalInterface
    interface Check {
        Verdict run() throws Exception;
    }
}
