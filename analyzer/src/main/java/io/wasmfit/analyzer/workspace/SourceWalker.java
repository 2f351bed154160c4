package io.wasmfit.analyzer.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jgit.ignore.IgnoreNode;

import io.wasmfit.analyzer.workspace.WorkspaceFiles.FileStat;
import io.wasmfit.model.Problem;

/**
 * Finds the files of a workspace. Skips build output and tool folders, honours every
 * {@code .gitignore} on the way down, leaves out test source folders (their classes are not entry
 * points), and follows a symbolic link only when it stays inside the root and does not loop.
 * Listing order is sorted, so scans are deterministic.
 */
public final class SourceWalker {

    private static final Set<String> SKIPPED_DIRS = Set.of("target", "build", "out", "node_modules");
    private static final Set<String> BUILD_FILES = Set.of("pom.xml", "build.gradle", "build.gradle.kts", "libs.versions.toml");
    private static final Pattern CONFIG_FILE = Pattern.compile("application(-[\\w.-]+)?\\.(properties|ya?ml)");
    private static final Pattern TEST_SOURCE_SET = Pattern.compile("(?i)it|.*test.*");

    private final Path root;
    private final Path realRoot;
    private final List<Path> javaFiles = new ArrayList<>();
    private final List<Path> buildFiles = new ArrayList<>();
    private final List<Path> configFiles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Path, FileStat> stats = new HashMap<>();
    private final Set<Object> visited = new HashSet<>();
    private final Deque<Ignore> ignores = new ArrayDeque<>();

    private record Ignore(Path base, IgnoreNode node) {
    }

    private SourceWalker(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    /** @throws IOException when the root itself cannot be read (other failures become problems) */
    public static WorkspaceFiles walk(Path root) throws IOException {
        long listedAt = System.currentTimeMillis();
        SourceWalker w = new SourceWalker(root);
        w.visited.add(identity(Files.readAttributes(w.realRoot, BasicFileAttributes.class), w.realRoot));
        w.directory(w.root);
        return new WorkspaceFiles(w.root, w.javaFiles, w.buildFiles, w.configFiles, w.problems, w.stats, listedAt);
    }

    private void directory(Path dir) {
        boolean pushed = pushIgnore(dir);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                entries.add(p);
            }
        } catch (AccessDeniedException e) {
            problem(dir, "folder not readable (permission denied); its files were not scanned");
        } catch (IOException | RuntimeException e) {
            problem(dir, "folder not readable (" + e.getMessage() + "); its files were not scanned");
        }
        entries.sort(null);
        for (Path entry : entries) {
            entry(entry);
        }
        if (pushed) {
            ignores.pop();
        }
    }

    private void entry(Path entry) {
        String name = entry.getFileName().toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (name.endsWith(".java")) {
                problem(entry, "cannot be read (" + e.getMessage() + "); skipped");
            }
            return;
        }
        Path real = null;
        if (attrs.isSymbolicLink()) {
            try {
                real = entry.toRealPath();
                attrs = Files.readAttributes(real, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                problem(entry, "broken symbolic link; not followed");
                return;
            } catch (IOException e) {
                problem(entry, "symbolic link cannot be followed (" + e.getMessage() + ")");
                return;
            }
            if (!real.startsWith(realRoot)) {
                problem(entry, "symbolic link points outside the repository (" + real + "); not followed");
                return;
            }
        }
        if (attrs.isDirectory()) {
            if (name.startsWith(".") || SKIPPED_DIRS.contains(name) || isTestSourceSet(entry) || ignored(entry, true)) {
                return;
            }
            try {
                if (!visited.add(identity(attrs, real != null ? real : entry))) {
                    Path realDir = real != null ? real : entry.toRealPath(LinkOption.NOFOLLOW_LINKS);
                    problem(entry, "symbolic link loop (" + root.relativize(realDir) + " was already scanned); not followed");
                    return;
                }
            } catch (IOException e) {
                problem(entry, "folder cannot be resolved (" + e.getMessage() + ")");
                return;
            }
            directory(entry);
        } else if (attrs.isRegularFile()) {
            if (ignored(entry, false)) {
                return;
            }
            classify(entry, name, attrs);
        } else if (name.endsWith(".java")) {
            problem(entry, "not a regular file (a device, pipe or socket); skipped");
        }
    }

    /**
     * What tells a folder apart however it is reached: the file system's own key (device and
     * inode) where there is one, as resolving the real path of every folder costs a call per
     * path element; the real path elsewhere.
     */
    private static Object identity(BasicFileAttributes attrs, Path dir) throws IOException {
        return attrs.fileKey() != null ? attrs.fileKey() : dir.toRealPath();
    }

    private void classify(Path file, String name, BasicFileAttributes attrs) {
        if (name.endsWith(".java")) {
            javaFiles.add(file);
            stats.put(file, new FileStat(attrs.size(), attrs.lastModifiedTime().toMillis()));
        } else if (BUILD_FILES.contains(name)) {
            buildFiles.add(file);
        } else if (CONFIG_FILE.matcher(name).matches()) {
            configFiles.add(file);
        }
    }

    /** {@code src/test}, {@code src/it}, {@code src/integrationTest}...: test code, not entry points. */
    private static boolean isTestSourceSet(Path dir) {
        Path parent = dir.getParent();
        return parent != null && parent.getFileName() != null && "src".equals(parent.getFileName().toString())
                && TEST_SOURCE_SET.matcher(dir.getFileName().toString()).matches();
    }

    private boolean pushIgnore(Path dir) {
        Path gitignore = dir.resolve(".gitignore");
        if (!Files.isRegularFile(gitignore)) {
            return false;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(gitignore)) {
            node.parse(gitignore.toString(), in);
        } catch (IOException e) {
            problem(gitignore, "cannot read .gitignore (" + e.getMessage() + "); its rules were not applied");
            return false;
        }
        ignores.push(new Ignore(dir, node));
        return true;
    }

    private boolean ignored(Path path, boolean directory) {
        Iterator<Ignore> it = ignores.iterator();
        while (it.hasNext()) {
            Ignore ignore = it.next();
            String rel = ignore.base().relativize(path).toString().replace('\\', '/');
            Boolean result = ignore.node().checkIgnored(rel, directory);
            if (result != null) {
                return result;
            }
        }
        return false;
    }

    private void problem(Path path, String message) {
        String rel = root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        problems.add(new Problem(rel.isEmpty() ? "." : rel, 0, message));
    }
}
