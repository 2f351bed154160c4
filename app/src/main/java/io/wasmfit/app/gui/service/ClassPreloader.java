package io.wasmfit.app.gui.service;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads, on a background thread, the classes that the sections built on first use need (charts,
 * tables, the code editor, the filter controls). Without it the first visit to a section spent a
 * few hundred milliseconds of the UI thread reading and defining classes (measured in
 * bench/run-gui); loading a class is thread-safe, so another thread can do it beforehand.
 */
public final class ClassPreloader {

    /** A class of each jar to preload from, and the package prefixes within it. */
    private record Source(Class<?> anchor, List<String> prefixes) {
    }

    private ClassPreloader() {
    }

    /** Starts the loading on a daemon thread of the lowest priority; returns at once. */
    public static void start(List<Class<?>> anchors, List<String> prefixes, GuiLog log) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            int loaded = 0;
            java.util.Set<Path> seen = new java.util.HashSet<>();
            for (Class<?> anchor : anchors) {
                if (seen.add(location(anchor))) {
                    loaded += load(new Source(anchor, prefixes));
                }
            }
            log.info("preloaded " + loaded + " classes in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }, "wasmfit-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static int load(Source source) {
        Path jar = location(source.anchor());
        if (jar == null || !Files.isRegularFile(jar)) {
            return 0;
        }
        ClassLoader loader = source.anchor().getClassLoader();
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.contains("module-info") || source.prefixes().stream().noneMatch(name::startsWith)) {
                    continue;
                }
                try {
                    // loaded and defined, not initialised: static initialisers still run where the class is first used
                    Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // an optional dependency of some class is missing: that class would not load later either
                }
            }
        } catch (IOException e) {
            return loaded;
        }
        return loaded;
    }

    private static Path location(Class<?> anchor) {
        try {
            CodeSource code = anchor.getProtectionDomain().getCodeSource();
            return code == null ? null : Path.of(code.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
