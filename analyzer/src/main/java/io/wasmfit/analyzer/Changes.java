package io.wasmfit.analyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.wasmfit.analyzer.cache.Declarations;
import io.wasmfit.analyzer.cache.FactsCache;
import io.wasmfit.analyzer.facts.FileFacts;

/**
 * What changed in the workspace since the scan that left the facts cache: which files, and
 * whether any change reaches beyond method bodies (a declaration, a new or deleted file), which
 * changes how calls resolve everywhere.
 *
 * @param since               when the facts this is relative to were taken ({@code -1}: unknown)
 * @param now                 when the facts of this scan were taken
 * @param files               changed, new and deleted files, relative paths
 * @param declarationsChanged whether the repository index may differ from the last scan's
 * @param edits               the files parsed again, with their facts before and after
 */
public record Changes(long since, long now, Set<String> files, boolean declarationsChanged, List<Edit> edits) {

    /** Nothing is known of an earlier scan: everything counts as changed. */
    public static final Changes UNKNOWN = new Changes(-1, -1, Set.of(), true, List.of());

    /** One file parsed again: its facts in the last scan and now (null: it did not parse). */
    public record Edit(String path, FileFacts before, FileFacts after) {
    }

    public Changes {
        files = Set.copyOf(files);
        edits = List.copyOf(edits);
    }

    public boolean known() {
        return since >= 0;
    }

    /** Gathers the files parsed again during a scan, from any thread. */
    static final class Collector {
        private final Set<String> files = ConcurrentHashMap.newKeySet();
        private final Queue<Edit> edits = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean declarations = new AtomicBoolean();

        void parsedAgain(String path, FactsCache.Entry before, FileFacts now) {
            files.add(path);
            FileFacts then = before == null ? null : before.facts();
            edits.add(new Edit(path, then, now));
            if (before == null || (then == null) != (now == null)
                    || then != null && !Objects.equals(Declarations.of(then), Declarations.of(now))) {
                declarations.set(true);
            }
        }

        Changes finish(FactsCache cache, long now) {
            if (!cache.loaded()) {
                return new Changes(-1, now, Set.of(), true, List.of());
            }
            Set<String> all = new TreeSet<>(files);
            Set<String> removed = cache.removedSinceLoad();
            all.addAll(removed);
            List<Edit> sorted = new ArrayList<>(edits);
            sorted.sort(Comparator.comparing(Edit::path));
            return new Changes(cache.writtenAt(), cache.unchangedSinceLoad() ? cache.writtenAt() : now, all,
                    declarations.get() || !removed.isEmpty(), sorted);
        }
    }
}
