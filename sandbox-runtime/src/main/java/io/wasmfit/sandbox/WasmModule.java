package io.wasmfit.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The bytes of a module to run, with a name for messages and a content hash for caching. */
public final class WasmModule {

    private final String name;
    private final byte[] bytes;
    private final String sha256;

    private WasmModule(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        this.sha256 = sha256(bytes);
    }

    public static WasmModule of(String name, byte[] bytes) {
        return new WasmModule(name, bytes.clone());
    }

    public static WasmModule read(Path file) throws IOException {
        return new WasmModule(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public String name() {
        return name;
    }

    public int size() {
        return bytes.length;
    }

    public String sha256() {
        return sha256;
    }

    byte[] bytes() {
        return bytes;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
