package io.wasmfit.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/** Reading the data files: built-in resources next to this class, or a user's file. */
final class Resources {

    static final String ROOT = "io/wasmfit/matrix/";

    private Resources() {
    }

    /** A built-in resource under {@link #ROOT}; missing means a broken build, not bad input. */
    static String builtIn(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in resource " + ROOT + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(String name) {
        return "classpath:" + ROOT + name;
    }

    /** A user's file as UTF-8 text; unreadable or not UTF-8 is a {@link CatalogException}. */
    static String read(Path file) throws CatalogException {
        if (!Files.isRegularFile(file)) {
            throw new CatalogException(file.toString(), Files.exists(file) ? "is not a regular file" : "does not exist", null);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CatalogException(file.toString(), "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new CatalogException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }
}
