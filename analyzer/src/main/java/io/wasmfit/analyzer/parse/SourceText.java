package io.wasmfit.analyzer.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file into text: UTF-8 when it is valid, otherwise windows-1252 with a note, so
 * that a legacy file is still analysed; files too large or binary are refused with a reason.
 *
 * @param text    the decoded text, or null when the file was refused
 * @param note    what the user should know (a fallback decoding, or why the file was refused)
 * @param line    the line {@code note} is about (0 for the whole file)
 */
public record SourceText(String text, String note, int line) {

    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final int BINARY_PROBE = 8192;

    public boolean refused() {
        return text == null;
    }

    public static SourceText read(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            return tooLarge(size, maxBytes);
        }
        return decode(Files.readAllBytes(file));
    }

    /** A file refused for its size, before it is read. */
    public static SourceText tooLarge(long size, long maxBytes) {
        return new SourceText(null, "skipped: " + megabytes(size) + " is larger than the " + megabytes(maxBytes)
                + " limit for a source file", 0);
    }

    public static SourceText decode(byte[] bytes) {
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return new SourceText(null, "skipped: binary content (NUL bytes), not Java source", 0);
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        if (ascii(bytes, start)) {
            // most sources are plain ASCII: valid UTF-8 as they are, and copied without a decoder's char buffer
            return new SourceText(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), null, 0);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = utf8.decode(in);
            return new SourceText(chars.toString(), null, 0);
        } catch (MalformedInputException e) {
            int bad = in.position();
            String text = new String(bytes, start, bytes.length - start, FALLBACK);
            return new SourceText(text, "not valid UTF-8 (line " + lineOf(bytes, bad) + "); read as windows-1252",
                    lineOf(bytes, bad));
        } catch (CharacterCodingException e) {
            return new SourceText(new String(bytes, start, bytes.length - start, FALLBACK),
                    "not valid UTF-8; read as windows-1252", 0);
        }
    }

    private static boolean ascii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
