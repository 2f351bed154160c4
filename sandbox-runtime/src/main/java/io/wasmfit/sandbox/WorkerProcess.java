package io.wasmfit.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.wasmfit.sandbox.worker.Protocol;
import io.wasmfit.sandbox.worker.WorkerMain;

/** The parent's handle on one worker process: send a frame, wait for the answer with a deadline. */
final class WorkerProcess implements AutoCloseable {

    private static final long STARTUP_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int STDERR_TAIL = 8 * 1024;

    private final Process process;
    private final OutputStream toWorker;
    private final BlockingQueue<Object> fromWorker = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();
    private final Protocol.Hello hello;
    final double startMs;

    /** The worker stopped answering: it died, or its stream broke. */
    static final class Died extends Exception {
        Died(String message) {
            super(message);
        }
    }

    /** No answer within the deadline. */
    static final class Late extends Exception {
    }

    private WorkerProcess(SandboxOptions options) throws IOException, Died {
        long t0 = System.nanoTime();
        List<String> command = new ArrayList<>();
        command.add(options.java().toString());
        command.addAll(options.jvmOptions());
        command.add("-D" + WorkerMain.NATIVE_DIR + "=" + options.nativeCacheDir().toAbsolutePath());
        if (options.nativeLibrary() != null) {
            command.add("-D" + WorkerMain.NATIVE_LIBRARY + "=" + options.nativeLibrary().toAbsolutePath());
        }
        if (options.compileCacheDir() != null) {
            command.add("-D" + WorkerMain.COMPILE_CACHE + "=" + options.compileCacheDir().toAbsolutePath());
        }
        command.add("-D" + WorkerMain.PRELOAD + "=" + options.runtime().name());
        command.add("-cp");
        command.add(options.classPath());
        command.add(WorkerMain.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command);
        // the worker loads the library itself from the cache, never from a new temp copy
        builder.environment().put("WASMTIME_JNI_LOAD_DISABLED", "1");
        process = builder.start();
        toWorker = process.getOutputStream();
        daemon("sandbox-worker-out", () -> readFrames(process.getInputStream()));
        daemon("sandbox-worker-err", () -> drain(process.getErrorStream()));
        Object first;
        try {
            first = await(STARTUP_NANOS);
        } catch (Late late) {
            process.destroyForcibly();
            throw new Died("the worker did not start within " + TimeUnit.NANOSECONDS.toSeconds(STARTUP_NANOS) + " s" + stderrTail());
        }
        if (!(first instanceof Protocol.Hello h)) {
            throw new Died("the worker sent " + first + " instead of hello");
        }
        hello = h;
        startMs = (System.nanoTime() - t0) / 1e6;
    }

    static WorkerProcess start(SandboxOptions options) throws IOException, Died {
        return new WorkerProcess(options);
    }

    Protocol.Hello hello() {
        return hello;
    }

    Protocol.Message exchange(Protocol.Message request, long deadlineNanos) throws Died, Late {
        try {
            Protocol.write(toWorker, request);
        } catch (IOException e) {
            throw died("the worker stopped reading (" + e.getMessage() + ")");
        }
        return (Protocol.Message) await(deadlineNanos - System.nanoTime());
    }

    private Object await(long timeoutNanos) throws Died, Late {
        Object next;
        try {
            next = fromWorker.poll(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw died("interrupted while waiting for the worker");
        }
        if (next == null) {
            throw new Late();
        }
        if (next instanceof IOException e) {
            throw died("the worker died (" + e.getMessage() + ")");
        }
        return next;
    }

    private Died died(String what) {
        process.destroyForcibly();
        String exit = "";
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                exit = ", exit status " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Died(what + exit + stderrTail());
    }

    private void readFrames(InputStream in) {
        try {
            while (true) {
                fromWorker.add(Protocol.read(in));
            }
        } catch (IOException e) {
            fromWorker.add(e.getMessage() == null ? new IOException("end of stream") : e);
        }
    }

    private void drain(InputStream err) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = err.read(buffer)) > 0; ) {
                synchronized (stderr) {
                    stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > STDERR_TAIL) {
                        stderr.delete(0, stderr.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException ignored) {
            // the worker is gone; what it said so far is kept
        }
    }

    /** The last lines the worker wrote to stderr, minus logging noise, for crash messages. */
    String stderrTail() {
        String tail;
        synchronized (stderr) {
            tail = stderr.toString();
        }
        String useful = tail.lines().filter(l -> !l.startsWith("SLF4J")).reduce((a, b) -> a + "\n" + b).orElse("").strip();
        return useful.isEmpty() ? "" : "; it said: " + useful;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Closes the worker's stdin so it exits by itself; without waiting, so the caller pays nothing for its shutdown. */
    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException e) {
            process.destroyForcibly();
            return;
        }
        process.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(late -> {
            process.destroyForcibly();
            return process;
        });
    }

    void kill() {
        process.destroyForcibly();
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }
}
