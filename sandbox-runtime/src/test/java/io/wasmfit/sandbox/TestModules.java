package io.wasmfit.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The test guests: WAT files under src/test/wat, compiled with Debian's wabt ({@code wat2wasm})
 * into target/test-wasm once per test JVM, plus a few hand-written byte sequences.
 */
final class TestModules {

    private static final Path SOURCES = Path.of("src/test/wat");
    private static final Path OUT = Path.of("target/test-wasm");
    private static final Map<String, WasmModule> CACHE = new ConcurrentHashMap<>();

    private TestModules() {
    }

    static WasmModule wat(String name) {
        return CACHE.computeIfAbsent(name, TestModules::compile);
    }

    static byte[] bytes(String name) {
        return wat(name).bytes();
    }

    /** Valid structure, `_start` exported, but its body adds two values it never pushed. */
    static WasmModule failsValidation() {
        return WasmModule.of("invalid-body.wasm", HexFormat.of().parseHex(
                "0061736d01000000" + "010401600000" + "03020100" + "070a01065f737461727400000" + "a05010300" + "6a0b"));
    }

    private static WasmModule compile(String name) {
        Path source = SOURCES.resolve(name + ".wat");
        Path target = OUT.resolve(name + ".wasm");
        try {
            Files.createDirectories(OUT);
            Process p = new ProcessBuilder("wat2wasm", source.toString(), "-o", target.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("wat2wasm failed on " + source + ": " + output);
            }
            return WasmModule.read(target);
        } catch (IOException e) {
            throw new IllegalStateException("the tests need wat2wasm from Debian's wabt package (apt-get install -y wabt): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
