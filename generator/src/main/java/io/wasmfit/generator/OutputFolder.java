package io.wasmfit.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a satellite folder without ever losing a user's file: a folder that is not empty needs
 * {@code force}, and even then only files listed in the folder's {@link SatelliteManifest} whose
 * content is still what wasmfit wrote are replaced or removed. Anything else in the way stops the
 * write before a single file changes, with the list of those files.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** Writes {@code files} (relative path → text) and the manifest; returns the manifest as written. */
    public static SatelliteManifest write(Path dir, Map<String, String> files, SatelliteManifest manifest, boolean force)
            throws GeneratorException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new GeneratorException("--out " + dir + " is a file; give a folder for the satellite");
        }
        Map<String, String> previous = Map.of();
        if (!isEmpty(dir)) {
            if (!force) {
                throw new GeneratorException("--out " + dir + " is not empty; use --force to replace the files wasmfit wrote there"
                        + " (files you added or changed are never touched)");
            }
            if (Files.isRegularFile(dir.resolve(SatelliteManifest.PATH))) {
                previous = SatelliteManifest.read(dir).files();
            }
        }
        List<String> blocked = new ArrayList<>();
        for (String rel : files.keySet()) {
            Path target = dir.resolve(rel);
            if (Files.exists(target) && !ours(target, previous.get(rel))) {
                blocked.add(rel);
            }
        }
        if (!blocked.isEmpty()) {
            throw new GeneratorException("not writing the satellite: these files in " + dir + " were not written by wasmfit"
                    + " or were changed since: " + String.join(", ", blocked) + " (move them away or generate into another folder)");
        }
        Map<String, String> written = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> stale : previous.entrySet()) {
                Path old = dir.resolve(stale.getKey());
                if (!files.containsKey(stale.getKey()) && Files.isRegularFile(old) && ours(old, stale.getValue())) {
                    Files.delete(old);
                }
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
                Files.write(target, bytes);
                written.put(f.getKey(), sha256(bytes));
            }
            SatelliteManifest result = manifest.withFiles(written);
            Path manifestFile = dir.resolve(SatelliteManifest.PATH);
            Files.createDirectories(manifestFile.getParent());
            Files.writeString(manifestFile, result.toJson(), StandardCharsets.UTF_8);
            return result;
        } catch (IOException e) {
            throw new GeneratorException("cannot write the satellite to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws GeneratorException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new GeneratorException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean ours(Path file, String expectedSha) {
        if (expectedSha == null) {
            return false;
        }
        try {
            return expectedSha.equals(sha256(Files.readAllBytes(file)));
        } catch (IOException e) {
            return false;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
