package io.wasmfit.analyzer;

import java.nio.file.Path;

import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.rules.RuleSet;

/**
 * How to scan.
 *
 * @param jobs              files parsed at once
 * @param cacheDir          where git clones are kept between scans
 * @param maxFileBytes      larger .java files are skipped with a problem
 * @param closureDepth      how many calls deep a closure is followed
 * @param closureMaxMethods how many methods a closure may hold before it is cut
 * @param target            the satellite language dependencies are judged for
 * @param toolVersion       written into the report
 * @param useCache          reuse the facts of unchanged files from the last scan of the same folder
 */
public record ScanOptions(int jobs, RuleSet rules, LibraryCatalog catalog, TargetLanguage target, Path cacheDir,
                          long maxFileBytes, int closureDepth, int closureMaxMethods, String toolVersion,
                          boolean useCache) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public static ScanOptions defaults(Path cacheDir, String toolVersion) {
        return new ScanOptions(Runtime.getRuntime().availableProcessors(), RuleSet.builtIn(), LibraryCatalog.builtIn(),
                TargetLanguage.JAVA, cacheDir, DEFAULT_MAX_FILE_BYTES, 12, 5000, toolVersion, true);
    }

    public ScanOptions withJobs(int n) {
        return new ScanOptions(n, rules, catalog, target, cacheDir, maxFileBytes, closureDepth, closureMaxMethods, toolVersion, useCache);
    }

    public ScanOptions withRules(RuleSet r) {
        return new ScanOptions(jobs, r, catalog, target, cacheDir, maxFileBytes, closureDepth, closureMaxMethods, toolVersion, useCache);
    }

    public ScanOptions withCache(boolean use) {
        return new ScanOptions(jobs, rules, catalog, target, cacheDir, maxFileBytes, closureDepth, closureMaxMethods, toolVersion, use);
    }

    public ScanOptions withCacheDir(Path dir) {
        return new ScanOptions(jobs, rules, catalog, target, dir, maxFileBytes, closureDepth, closureMaxMethods, toolVersion, useCache);
    }

    public ScanOptions withCatalog(LibraryCatalog c) {
        return new ScanOptions(jobs, rules, c, target, cacheDir, maxFileBytes, closureDepth, closureMaxMethods, toolVersion, useCache);
    }
}
