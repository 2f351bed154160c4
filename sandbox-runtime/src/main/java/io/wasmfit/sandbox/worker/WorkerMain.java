package io.wasmfit.sandbox.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.wasmfit.sandbox.RunOutcome;
import io.wasmfit.sandbox.WasmRuntime;

/**
 * The worker process: started by {@link io.wasmfit.sandbox.Sandbox} on the same class path, it
 * reads {@link Protocol.Run} frames on stdin and answers on stdout until stdin closes. Compiled
 * modules stay cached by content hash, so a warm worker only instantiates and runs.
 *
 * <p>System properties: {@code wasmfit.sandbox.nativeDir} (cache folder of the wasmtime library),
 * {@code wasmfit.sandbox.nativeLibrary} (a library file to load instead),
 * {@code wasmfit.sandbox.preload} ({@code wasmtime} to load it before saying hello),
 * {@code wasmfit.sandbox.compileCache} (a folder for compiled code shared by workers; none if absent).
 */
public final class WorkerMain {

    public static final String NATIVE_DIR = "wasmfit.sandbox.nativeDir";
    public static final String NATIVE_LIBRARY = "wasmfit.sandbox.nativeLibrary";
    public static final String PRELOAD = "wasmfit.sandbox.preload";
    public static final String COMPILE_CACHE = "wasmfit.sandbox.compileCache";

    private static final int CACHED_MODULES = 8;

    private final Map<String, Object> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHED_MODULES;
        }
    };
    private GuestEngine wasmtime;
    private String wasmtimeProblem;
    private String nativeLibrary = "";
    private GuestEngine chicory;
    private final CompileCache cache;

    private WorkerMain() {
        String dir = System.getProperty(COMPILE_CACHE, "");
        cache = dir.isEmpty() ? null : new CompileCache(Path.of(dir));
    }

    public static void main(String[] args) throws IOException {
        InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        // stdout carries the frames: anything printed by a library goes to stderr instead
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        new WorkerMain().serve(in, out);
    }

    private void serve(InputStream in, OutputStream out) throws IOException {
        if (WasmRuntime.WASMTIME.name().equalsIgnoreCase(System.getProperty(PRELOAD, ""))) {
            wasmtime();
        }
        Protocol.write(out, new Protocol.Hello(wasmtimeProblem == null ? "" : wasmtimeProblem, nativeLibrary));
        while (true) {
            Protocol.Message message;
            try {
                message = Protocol.read(in);
            } catch (EOFException closed) {
                return;
            }
            if (message instanceof Protocol.Run run) {
                Protocol.write(out, handle(run));
            }
        }
    }

    private Protocol.Message handle(Protocol.Run run) {
        GuestEngine engine = WasmRuntime.WASMTIME.name().equals(run.runtime()) ? wasmtime() : chicory();
        String note = "";
        if (engine == null) {
            engine = chicory();
            note = "wasmtime could not load (" + wasmtimeProblem + "), so Chicory ran it";
        }
        String key = engine.runtime() + ":" + run.moduleKey();
        Object module = compiled.get(key);
        long compileNanos = 0;
        if (module == null) {
            if (run.module() == null) {
                return new Protocol.NeedModule(run.moduleKey());
            }
            long t0 = System.nanoTime();
            try {
                module = engine.compile(run.module());
            } catch (InvalidModule e) {
                return failure(RunOutcome.INVALID_MODULE, engine.runtime(), e.getMessage());
            }
            compileNanos = System.nanoTime() - t0;
            compiled.put(key, module);
        }
        try {
            return engine.run(module, run).done(engine.runtime().name(), compileNanos, note);
        } catch (RuntimeException | LinkageError e) {
            return failure(RunOutcome.WORKER_CRASHED, engine.runtime(), "the worker failed: " + e);
        }
    }

    private static Protocol.Done failure(RunOutcome outcome, WasmRuntime runtime, String message) {
        return new Protocol.Done(outcome.name(), runtime.name(), -1, message, new byte[0], false, new byte[0], false,
                0, 0, -1, 0, 0);
    }

    private GuestEngine wasmtime() {
        if (wasmtime == null && wasmtimeProblem == null) {
            try {
                String override = System.getProperty(NATIVE_LIBRARY, "");
                Path library = NativeLibrary.load(Path.of(System.getProperty(NATIVE_DIR, System.getProperty("java.io.tmpdir"))),
                        override.isEmpty() ? null : Path.of(override));
                nativeLibrary = library.toString();
                wasmtime = new WasmtimeHost(wasmtimeCacheConfig());
            } catch (IOException | RuntimeException | LinkageError e) {
                wasmtimeProblem = String.valueOf(e.getMessage()).strip();
            }
        }
        return wasmtime;
    }

    private Path wasmtimeCacheConfig() {
        try {
            return cache == null ? null : cache.wasmtimeConfig();
        } catch (IOException e) {
            return null; // compiling every time is slower, not wrong
        }
    }

    private GuestEngine chicory() {
        if (chicory == null) {
            chicory = new ChicoryHost(cache);
        }
        return chicory;
    }
}
