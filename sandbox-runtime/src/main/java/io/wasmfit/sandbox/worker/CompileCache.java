package io.wasmfit.sandbox.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.dylibso.chicory.compiler.Cache;

/**
 * Compiled code kept on disk across worker processes, so that a cold worker does not compile a
 * module it has seen before: wasmtime's own cache (configured by a file written here) and the
 * JVM bytecode Chicory generates.
 */
final class CompileCache implements Cache {

    private final Path dir;

    CompileCache(Path dir) {
        this.dir = dir;
    }

    /** A wasmtime cache configuration pointing into this folder. */
    Path wasmtimeConfig() throws IOException {
        Path wasmtime = Files.createDirectories(dir.resolve("wasmtime"));
        Path config = dir.resolve("wasmtime-cache.toml");
        String text = "[cache]\nenabled = true\ndirectory = \""
                + wasmtime.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
        if (!Files.exists(config) || !Files.readString(config).equals(text)) {
            writeAtomically(config, text.getBytes(StandardCharsets.UTF_8));
        }
        return config;
    }

    @Override
    public byte[] get(String key) throws IOException {
        Path file = chicoryFile(key);
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    @Override
    public void putIfAbsent(String key, byte[] content) throws IOException {
        Path file = chicoryFile(key);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            writeAtomically(file, content);
        }
    }

    private Path chicoryFile(String key) {
        try {
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
            return dir.resolve("chicory").resolve(name + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
