package io.wasmfit.sandbox.worker;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * wasmtime-java's native library, unpacked once into a cache folder and loaded from there.
 * (Left alone, wasmtime-java copies its 18 MB library to a new temp file at every JVM start and
 * never deletes it; the worker runs with {@code WASMTIME_JNI_LOAD_DISABLED} so that it does not.)
 */
final class NativeLibrary {

    private NativeLibrary() {
    }

    /** Loads the library from {@code override} if given, else from the cache; returns its path. */
    static Path load(Path cacheDir, Path override) throws IOException {
        Path library = override != null ? override : unpack(cacheDir);
        System.load(library.toAbsolutePath().toString());
        return library;
    }

    /** The bundled library for this platform, copied into {@code cacheDir/<version>/} unless already there. */
    static Path unpack(Path cacheDir) throws IOException {
        String name = bundledName(version());
        URL resource = NativeLibrary.class.getResource("/" + name);
        if (resource == null) {
            throw new IOException("wasmtime-java bundles no native library for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + " (looked for " + name + ")");
        }
        long size = resource.openConnection().getContentLengthLong();
        Path dir = cacheDir.resolve(version());
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            // atomic: a worker starting at the same time sees either nothing or the whole file
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static String version() throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream("/wasmtime-java-meta.properties")) {
            if (in == null) {
                throw new IOException("wasmtime-java is not on the class path (wasmtime-java-meta.properties is missing)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("jnilib.version");
        }
    }

    private static String bundledName(String version) throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = "aarch64".equals(System.getProperty("os.arch")) ? "aarch64" : "x86_64";
        if (os.contains("linux")) {
            return "libwasmtime_jni_" + version + "_linux_" + arch + ".so";
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return "libwasmtime_jni_" + version + "_macos_" + arch + ".dylib";
        }
        if (os.contains("windows")) {
            return "wasmtime_jni_" + version + "_windows_x86_64.dll";
        }
        throw new IOException("wasmtime-java has no native library for " + os);
    }
}
