package io.wasmfit.report;

import io.wasmfit.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder reports are written to ({@code --out}). It is created when missing; in a folder that
 * already holds files, only wasmfit's own {@code wasmfit-report.<format>} files are replaced, and a
 * file with that name that wasmfit did not write stops the export before anything is written. Each
 * file is written to a temporary file first and then moved into place, so a failure never leaves a
 * half-written report behind.
 */
public final class OutputFolder {

    private static final int HEAD_BYTES = 4096;

    private final Path folder;

    public OutputFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /**
     * Writes the report in each format and returns the files written, in the order given.
     *
     * @throws OutputFolderException with one sentence for the user, before any file is touched
     *                               when the folder itself is unusable
     */
    public List<Path> write(Report report, List<Exporter> exporters) throws OutputFolderException {
        prepare(exporters);
        List<Path> written = new ArrayList<>();
        for (Exporter exporter : exporters) {
            Path target = folder.resolve(exporter.fileName());
            Path temp = null;
            try {
                temp = Files.createTempFile(folder, "." + exporter.fileName() + "-", ".tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    exporter.write(report, out);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            } catch (IOException e) {
                throw new OutputFolderException("could not write " + target + ": " + reason(e));
            } finally {
                deleteQuietly(temp);
            }
        }
        return written;
    }

    /**
     * Checks, without creating or writing anything, that the folder could take reports: it is not a
     * file, and it (or the nearest folder above it that exists) is writable. Meant to run before a
     * long scan; {@link #write} checks again.
     */
    public void check() throws OutputFolderException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputFolderException("--out " + folder + " is a file, not a folder: give a folder for the reports");
        }
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new OutputFolderException("--out " + folder + " cannot be created: " + existing + " is a file");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new OutputFolderException("--out " + folder + " is not writable"
                    + (existing.equals(folder.toAbsolutePath()) ? "" : " (" + existing + " is not)")
                    + ": choose another folder or fix its permissions");
        }
    }

    private void prepare(List<Exporter> exporters) throws OutputFolderException {
        check();
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new OutputFolderException("--out " + folder + " cannot be created: " + e.getFile() + " is a file");
        } catch (IOException e) {
            throw new OutputFolderException("--out " + folder + " cannot be created: " + reason(e));
        }
        for (Exporter exporter : exporters) {
            Path target = folder.resolve(exporter.fileName());
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !exporter.wroteFile(head(target))) {
                throw new OutputFolderException(target + " exists and was not written by wasmfit: it is left alone; "
                        + "move it away or choose another --out folder");
            }
        }
    }

    private static byte[] head(Path file) throws OutputFolderException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new OutputFolderException("cannot read " + file + " to check it is a wasmfit report: " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover hidden .tmp file is harmless and the real error is already on its way
        }
    }

    /** The output folder cannot be used; the message is one sentence for the user. */
    public static final class OutputFolderException extends Exception {
        public OutputFolderException(String message) {
            super(message);
        }
    }
}
