package io.wasmfit.app.gui.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file of the scanned workspace for the code view: a path relative to the report's root,
 * never outside it; undecodable bytes are shown as replacement characters.
 */
public final class SourceFiles {

    /** Larger files are not shown (a generated or minified file is no help next to evidence). */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    /** The file's text, or why it cannot be shown ({@code text} null). */
    public record Content(String file, String text, String problem) {
    }

    private SourceFiles() {
    }

    public static Content read(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base)) {
            return new Content(relative, null, relative + " is outside the scanned folder");
        }
        try {
            if (!Files.isRegularFile(file)) {
                return new Content(relative, null, relative + " is no longer there (it changed since the scan)");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Content(relative, null, relative + " is too large to show (" + size / 1024 + " KB)");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return new Content(relative, text.replace("\r\n", "\n").replace('\r', '\n'), null);
        } catch (IOException e) {
            return new Content(relative, null, "cannot read " + relative + ": " + e.getMessage());
        }
    }
}
