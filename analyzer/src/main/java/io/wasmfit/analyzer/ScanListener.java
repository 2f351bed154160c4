package io.wasmfit.analyzer;

/**
 * Hears how a scan is going and may cancel it. The CLI draws a progress bar from it; the desktop
 * app binds it to its progress view. Called from worker threads.
 */
public interface ScanListener {

    ScanListener NONE = new ScanListener() {
    };

    /** The steps of a scan, in order. */
    enum Phase { FETCHING, LISTING, PARSING, INDEXING, SCORING }

    default void phase(Phase phase) {
    }

    /** Progress within the current phase ({@code total} is 0 when unknown). */
    default void progress(long done, long total) {
    }

    /** Something the user should know that is not about the scanned code (e.g. a discarded cache). */
    default void warning(String message) {
    }

    /** Polled between units of work; true stops the scan with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
