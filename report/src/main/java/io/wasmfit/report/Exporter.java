package io.wasmfit.report;

import io.wasmfit.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Report} in one file format. Implementations are stateless and thread-safe; the
 * {@link Exporters} registry lists them for {@code --format} and for the desktop app's export dialog.
 */
public interface Exporter {

    /** The id used by {@code --format}, which is also the file extension: json, html, md, csv, sarif. */
    String format();

    /** One line for a user choosing formats. */
    String description();

    /** Writes the whole report to {@code out} (UTF-8); does not close the stream. */
    void write(Report report, OutputStream out) throws IOException;

    /** {@code wasmfit-report.<format>}: the only file name this exporter ever writes in an output folder. */
    default String fileName() {
        return "wasmfit-report." + format();
    }

    /**
     * Whether a file that already has this exporter's {@link #fileName()} was written by wasmfit, judged
     * from its first bytes. Only such files are replaced when a report is written into a folder again.
     */
    default boolean wroteFile(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return signatures().stream().allMatch(text::contains);
    }

    /** Strings every file this exporter writes carries within its first few kilobytes. */
    List<String> signatures();
}
