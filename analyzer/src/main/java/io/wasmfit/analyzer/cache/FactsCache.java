package io.wasmfit.analyzer.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.model.Problem;

/**
 * The facts of every file of a workspace from its last scan, so that a re-scan parses only what
 * changed. An entry is trusted when size and modification time are unchanged (and the time is not
 * so close to the cache's own writing that a change could hide in the same tick); otherwise the
 * file's content hash decides. The key holds everything that changes facts (tool build, codec,
 * language level, size limit); rules are not part of it because facts do not depend on rules —
 * every scan scores afresh. A cache that cannot be read is discarded with a warning, never trusted.
 */
public final class FactsCache {

    /** The version of the cached facts' format; part of every cache key. */
    public static final int FORMAT = FactsCodec.VERSION;

    private static final int MAGIC = 0x57464643; // "WFFC"
    private static final int FILES_PER_CHUNK = 256;
    private static final long RACY_MILLIS = 2000;

    /** What the cache knows of one file: facts (null when it did not parse) and problems. */
    public record Entry(long size, long modified, String hash, FileFacts facts, List<Problem> problems) {
    }

    private final Path file;
    private final String key;
    private final long writtenAt;
    private final Map<String, Entry> previous;
    private final List<Chunk> chunks;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /** A chunk as read: its files in order and its bytes, written again as they are when none of its files changed. */
    private record Chunk(List<String> paths, byte[] bytes) {
    }

    private FactsCache(Path file, String key, long writtenAt, Map<String, Entry> previous, List<Chunk> chunks) {
        this.file = file;
        this.key = key;
        this.writtenAt = writtenAt;
        this.previous = previous;
        this.chunks = chunks;
    }

    private static FactsCache empty(Path file, String key) {
        return new FactsCache(file, key, 0, Map.of(), List.of());
    }

    /** The cache file of a workspace root inside the cache folder. */
    public static Path fileFor(Path cacheDir, Path root) {
        String name = root.getFileName() == null ? "root" : root.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "-");
        return cacheDir.resolve("facts").resolve(name + "-" + sha256(root.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".bin");
    }

    /** Loads the cache at {@code file} if it was written with the same key; otherwise an empty one. */
    public static FactsCache load(Path file, String key, Consumer<String> warn) {
        if (!Files.exists(file)) {
            return empty(file, key);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                return empty(file, key);
            }
            long writtenAt = in.readLong();
            int chunks = in.readInt();
            if (chunks < 0 || chunks > 1_000_000) {
                throw new IOException("corrupt chunk count");
            }
            List<byte[]> raw = new ArrayList<>(chunks);
            for (int i = 0; i < chunks; i++) {
                int length = in.readInt();
                if (length < 0 || length > 1 << 30) {
                    throw new IOException("corrupt chunk length");
                }
                byte[] chunk = new byte[length];
                in.readFully(chunk);
                if (in.readLong() != crc(chunk)) {
                    throw new IOException("checksum mismatch");
                }
                raw.add(chunk);
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            List<Chunk> decoded = raw.parallelStream().map(chunk -> new Chunk(decode(chunk, entries), chunk)).toList();
            return new FactsCache(file, key, writtenAt, entries, decoded);
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            warn.accept("the scan cache " + file + " could not be read (" + reason + "); it was discarded");
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a cache that cannot be deleted is overwritten on save
            }
            return empty(file, key);
        }
    }

    private static List<String> decode(byte[] chunk, Map<String, Entry> into) {
        try {
            FactsCodec.Reader reader = new FactsCodec.Reader(chunk);
            int n = reader.varint();
            List<String> paths = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String path = reader.string();
                paths.add(path);
                long size = reader.readLong();
                long modified = reader.readLong();
                String hash = reader.string();
                FileFacts facts = reader.readBoolean() ? reader.file() : null;
                into.put(path, new Entry(size, modified, hash, facts, reader.problems()));
            }
            if (!reader.atEnd()) {
                throw new IOException("trailing bytes in a chunk");
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry for a file whose size and time say it has not changed, or null. */
    public Entry unchanged(String path, long size, long modified) {
        Entry e = previous.get(path);
        if (e != null && e.size() == size && e.modified() == modified && modified < writtenAt - RACY_MILLIS) {
            current.put(path, e);
            return e;
        }
        return null;
    }

    /** The entry for a file whose content hash is unchanged (it was only touched), or null. */
    public Entry sameContent(String path, String hash, long size, long modified) {
        Entry e = previous.get(path);
        if (e != null && e.hash().equals(hash)) {
            Entry touched = new Entry(size, modified, hash, e.facts(), e.problems());
            current.put(path, touched);
            return touched;
        }
        return null;
    }

    /** What the last scan knew of a file (null: it was not there, or there was no usable cache). */
    public Entry previous(String path) {
        return previous.get(path);
    }

    /** Whether a usable cache of an earlier scan was loaded. */
    public boolean loaded() {
        return !previous.isEmpty();
    }

    /**
     * When the loaded cache was written: it names the state of the facts the last scan left, so
     * that results derived from those facts (the scores) can tell whether they belong to them.
     */
    public long writtenAt() {
        return writtenAt;
    }

    /** Files of the last scan that this scan did not see (deleted or now ignored). */
    public java.util.Set<String> removedSinceLoad() {
        java.util.Set<String> removed = new java.util.TreeSet<>(previous.keySet());
        removed.removeAll(current.keySet());
        return removed;
    }

    public void put(String path, Entry entry) {
        current.put(path, entry);
    }

    /**
     * Writes the entries of this scan (files that are gone are dropped), atomically, in chunks that
     * are encoded and later decoded in parallel. {@code stamp} is when the files were looked at
     * (no later than now: a file changed after it counts as changed on the next scan). Not compressed: the page cache makes reading raw
     * bytes far cheaper than inflating them.
     */
    public void save(long stamp) throws IOException {
        Files.createDirectories(file.getParent());
        List<Map.Entry<String, Entry>> sorted = new ArrayList<>(new TreeMap<>(current).entrySet());
        List<List<Map.Entry<String, Entry>>> groups = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += FILES_PER_CHUNK) {
            groups.add(sorted.subList(i, Math.min(sorted.size(), i + FILES_PER_CHUNK)));
        }
        List<byte[]> encoded = java.util.stream.IntStream.range(0, groups.size()).parallel()
                .mapToObj(i -> unchangedChunk(i, groups.get(i)) ? chunks.get(i).bytes() : encode(groups.get(i))).toList();
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeLong(stamp);
                out.writeInt(encoded.size());
                for (byte[] chunk : encoded) {
                    out.writeInt(chunk.length);
                    out.write(chunk);
                    out.writeLong(crc(chunk));
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether the {@code i}-th chunk read holds exactly these files, each unchanged since it was read. */
    private boolean unchangedChunk(int i, List<Map.Entry<String, Entry>> group) {
        if (i >= chunks.size() || chunks.get(i).paths().size() != group.size()) {
            return false;
        }
        List<String> paths = chunks.get(i).paths();
        for (int j = 0; j < group.size(); j++) {
            Map.Entry<String, Entry> e = group.get(j);
            if (!paths.get(j).equals(e.getKey()) || previous.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Whether this scan found exactly what the last one left: then there is nothing to write. */
    public boolean unchangedSinceLoad() {
        if (current.size() != previous.size()) {
            return false;
        }
        for (Map.Entry<String, Entry> e : current.entrySet()) {
            if (previous.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static byte[] encode(List<Map.Entry<String, Entry>> chunk) {
        FactsCodec.Writer writer = new FactsCodec.Writer();
        writer.varint(chunk.size());
        for (Map.Entry<String, Entry> e : chunk) {
            Entry entry = e.getValue();
            writer.string(e.getKey());
            writer.writeLong(entry.size());
            writer.writeLong(entry.modified());
            writer.string(entry.hash());
            writer.writeBoolean(entry.facts() != null);
            if (entry.facts() != null) {
                writer.file(entry.facts());
            }
            writer.problems(entry.problems());
        }
        return writer.toByteArray();
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    public Path file() {
        return file;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
