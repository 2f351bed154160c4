package io.wasmfit.analyzer.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.ReportJson;

/**
 * The scored candidates of the last scan of a workspace, each with the files its score was
 * computed from, so that a re-scan scores again only the candidates a change can reach. Stored
 * next to the facts cache and tied to the facts it was computed from ({@link Stored#facts}): if
 * the two ever disagree (one of them was not written), nothing is reused. A file that cannot be
 * read is discarded with a warning, never trusted.
 */
public final class ScoreCache {

    /**
     * One candidate as scored, without source excerpts.
     *
     * @param entry what made it a candidate (method, rule, place, trigger details)
     * @param files the workspace files its closure and trigger were read from
     */
    public record Scored(String entry, List<String> files, Candidate candidate) {
        public Scored {
            files = List.copyOf(files);
        }
    }

    /**
     * @param key        everything else scores depend on: tool build, rules, catalog, target, closure bounds, build and configuration files
     * @param facts      when the facts these scores were computed from were taken ({@link io.wasmfit.analyzer.Changes#now})
     * @param offerFiles files holding a method or registration some entry-point rule matched
     */
    public record Stored(String key, long facts, List<String> offerFiles, List<Scored> candidates) {
        public Stored {
            offerFiles = List.copyOf(offerFiles);
            candidates = List.copyOf(candidates);
        }

        /** Whether a change to {@code files} reaches these scores: a file an entry point or a score was read from. */
        public boolean reaches(java.util.Set<String> files) {
            return !files.isEmpty() && (offerFiles.stream().anyMatch(files::contains)
                    || candidates.stream().anyMatch(c -> c.files().stream().anyMatch(files::contains)));
        }
    }

    private ScoreCache() {
    }

    public static Path fileFor(Path cacheDir, Path root) {
        Path facts = FactsCache.fileFor(cacheDir, root);
        return facts.resolveSibling(facts.getFileName().toString().replaceFirst("\\.bin$", ".scores.json"));
    }

    /** What a file read: its scores, nothing (no file), or why it could not be read. */
    public record Read(Path file, Stored stored, String error) {
    }

    /** Reads the file without judging it yet (that needs the key, known later); never throws. */
    public static Read read(Path file) {
        if (!Files.exists(file)) {
            return new Read(file, null, null);
        }
        try {
            Stored stored = ReportJson.mapper().readValue(file.toFile(), Stored.class);
            if (stored == null || stored.key() == null || stored.candidates() == null) {
                throw new IOException("incomplete");
            }
            return new Read(file, stored, null);
        } catch (IOException | RuntimeException e) {
            return new Read(file, null, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** The stored scores if they were computed with {@code key} from the facts taken at {@code facts}; else null. */
    public static Stored load(Path file, String key, long facts, Consumer<String> warn) {
        return accept(read(file), key, facts, warn);
    }

    /** The scores read if they were computed with {@code key} from the facts taken at {@code facts}; else null. */
    public static Stored accept(Read read, String key, long facts, Consumer<String> warn) {
        if (read.error() == null) {
            Stored stored = read.stored();
            return stored != null && stored.key().equals(key) && stored.facts() == facts ? stored : null;
        }
        warn.accept("the score cache " + read.file() + " could not be read (" + read.error()
                + "); it was discarded and every candidate is scored again");
        try {
            Files.deleteIfExists(read.file());
        } catch (IOException ignored) {
            // overwritten on save
        }
        return null;
    }

    /** Writes atomically: a reader sees the old file or the new one, never half of one. */
    public static void save(Path file, Stored stored) throws IOException {
        AtomicWrite.write(file, out -> ReportJson.mapper().writeValue(out, stored));
    }
}
