package io.wasmfit.analyzer.cache;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Each chunk holds what tells a file's change (path, size, time, hash, problems) ahead of its
 * facts, which are decoded only when asked for: a re-scan whose change reaches no candidate
 * needs the facts of the changed files only.
 */
public final class FactsCache {

    /** The version of the cached facts' format; part of every cache key. */
    public static final int FORMAT = FactsCodec.VERSION;

    private static final int MAGIC = 0x57464643; // "WFFC"
    private static final int FILES_PER_CHUNK = 256;
    private static final long RACY_MILLIS = 2000;

    /** What the cache knows of one file: facts (null when it did not parse, read on demand) and problems. */
    public static final class Entry {
        private final long size;
        private final long modified;
        private final String hash;
        private final List<Problem> problems;
        private final boolean parsed;
        private final FileFacts facts;
        private final Chunk chunk;
        private final int slot;

        public Entry(long size, long modified, String hash, FileFacts facts, List<Problem> problems) {
            this(size, modified, hash, problems, facts != null, facts, null, -1);
        }

        private Entry(long size, long modified, String hash, List<Problem> problems, boolean parsed, FileFacts facts,
                      Chunk chunk, int slot) {
            this.size = size;
            this.modified = modified;
            this.hash = hash;
            this.problems = List.copyOf(problems);
            this.parsed = parsed;
            this.facts = facts;
            this.chunk = chunk;
            this.slot = slot;
        }

        public long size() {
            return size;
        }

        public long modified() {
            return modified;
        }

        public String hash() {
            return hash;
        }

        public List<Problem> problems() {
            return problems;
        }

        /** Whether the file parsed (without reading its facts). */
        public boolean parsed() {
            return parsed;
        }

        /** The facts, decoded with the rest of their chunk on first use; null when the file did not parse. */
        public FileFacts facts() {
            return chunk == null || !parsed ? facts : chunk.facts(slot);
        }

        /** The same content seen with another size or time (the file was touched). */
        Entry touched(long newSize, long newModified) {
            return new Entry(newSize, newModified, hash, problems, parsed, facts, chunk, slot);
        }
    }

    private final Path file;
    private final String key;
    private final long writtenAt;
    private final Map<String, Entry> previous;
    private final List<Chunk> chunks;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /**
     * A chunk as read: its files in order and its bytes, written again as they are when none of
     * its files changed. Its facts are decoded, all at once, the first time one is asked for.
     */
    private static final class Chunk {
        private final List<String> paths = new ArrayList<>();
        private final byte[] bytes;
        private FactsCodec.Reader rest; // past the files' metadata, until the facts are read
        private FileFacts[] facts;
        private boolean[] parsed;

        Chunk(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Reads the files' metadata, leaving the facts for later. */
        List<Entry> readEntries() throws IOException {
            FactsCodec.Reader reader = new FactsCodec.Reader(bytes);
            int n = reader.varint();
            if (n < 0 || n > FILES_PER_CHUNK) {
                throw new IOException("corrupt chunk size");
            }
            List<Entry> entries = new ArrayList<>(n);
            parsed = new boolean[n];
            for (int i = 0; i < n; i++) {
                paths.add(reader.string());
                long size = reader.readLong();
                long modified = reader.readLong();
                String hash = reader.string();
                List<Problem> problems = reader.problems();
                parsed[i] = reader.readBoolean();
                entries.add(new Entry(size, modified, hash, problems, parsed[i], null, this, i));
            }
            rest = reader;
            return entries;
        }

        synchronized FileFacts facts(int slot) {
            if (facts == null) {
                try {
                    FileFacts[] read = new FileFacts[parsed.length];
                    for (int i = 0; i < read.length; i++) {
                        read[i] = parsed[i] ? rest.file() : null;
                    }
                    if (!rest.atEnd()) {
                        throw new IOException("trailing bytes in a chunk");
                    }
                    facts = read;
                    rest = null;
                } catch (IOException | RuntimeException e) {
                    // the checksum matched, so only a codec bug gets here: fail the scan rather than guess
                    throw new IllegalStateException("the scan cache holds facts this build cannot read: " + e.getMessage(), e);
                }
            }
            return facts[slot];
        }
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
            Map<String, Entry> entries = new HashMap<>();
            List<Chunk> read = new ArrayList<>(chunks);
            for (byte[] bytes : raw) {
                Chunk chunk = new Chunk(bytes);
                List<Entry> files = chunk.readEntries();
                for (int i = 0; i < files.size(); i++) {
                    entries.put(chunk.paths.get(i), files.get(i));
                }
                read.add(chunk);
            }
            return new FactsCache(file, key, writtenAt, entries, read);
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
            Entry touched = e.touched(size, modified);
            current.put(path, touched);
            return touched;
        }
        return null;
    }

    /** What the last scan knew of a file (null: it was not there, or there was no usable cache). */
    public Entry previous(String path) {
        return previous.get(path);
    }

    /** Decodes the facts of every chunk still undecoded, in parallel: for callers about to ask for all of them. */
    public void readAllFacts() {
        chunks.parallelStream().filter(c -> !c.paths.isEmpty()).forEach(c -> c.facts(0));
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
        List<Map.Entry<String, Entry>> sorted = new ArrayList<>(new TreeMap<>(current).entrySet());
        List<List<Map.Entry<String, Entry>>> groups = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += FILES_PER_CHUNK) {
            groups.add(sorted.subList(i, Math.min(sorted.size(), i + FILES_PER_CHUNK)));
        }
        List<byte[]> encoded = java.util.stream.IntStream.range(0, groups.size()).parallel()
                .mapToObj(i -> unchangedChunk(i, groups.get(i)) ? chunks.get(i).bytes : encode(groups.get(i))).toList();
        AtomicWrite.write(file, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
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
            out.flush();
        });
    }

    /** Whether the {@code i}-th chunk read holds exactly these files, each unchanged since it was read. */
    private boolean unchangedChunk(int i, List<Map.Entry<String, Entry>> group) {
        if (i >= chunks.size() || chunks.get(i).paths.size() != group.size()) {
            return false;
        }
        List<String> paths = chunks.get(i).paths;
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

    /** The files' metadata first, then the facts of those that parsed, so that a reader can stop after the metadata. */
    private static byte[] encode(List<Map.Entry<String, Entry>> chunk) {
        FactsCodec.Writer writer = new FactsCodec.Writer();
        writer.varint(chunk.size());
        for (Map.Entry<String, Entry> e : chunk) {
            Entry entry = e.getValue();
            writer.string(e.getKey());
            writer.writeLong(entry.size());
            writer.writeLong(entry.modified());
            writer.string(entry.hash());
            writer.problems(entry.problems());
            writer.writeBoolean(entry.parsed());
        }
        for (Map.Entry<String, Entry> e : chunk) {
            if (e.getValue().parsed()) {
                writer.file(e.getValue().facts());
            }
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
