package io.wasmfit.sandbox.worker;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.wasmfit.sandbox.WasmRuntime;

/**
 * Chicory: the module is compiled to JVM bytecode once ({@link MachineFactoryCompiler}, with the
 * interpreter for functions too large to compile) and instantiated fresh for each run. The CPU
 * limit interrupts the guest thread, which Chicory checks in loops and calls.
 */
final class ChicoryHost implements GuestEngine {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chicory-cpu-limit");
        t.setDaemon(true);
        return t;
    });

    private record Compiled(WasmModule module, Function<Instance, Machine> machine) {
    }

    @Override
    public WasmRuntime runtime() {
        return WasmRuntime.CHICORY;
    }

    @Override
    public Object compile(byte[] wasm) throws InvalidModule {
        try {
            WasmModule module = Parser.parse(wasm);
            Function<Instance, Machine> machine = MachineFactoryCompiler.builder(module)
                    .withInterpreterFallback(InterpreterFallback.SILENT)
                    .compile();
            return new Compiled(module, machine);
        } catch (ChicoryException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidModule("Chicory rejected the module: " + WasmtimeHost.firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public GuestRun run(Object compiled, Protocol.Run request) {
        Compiled c = (Compiled) compiled;
        GuestRun run = new GuestRun(request, System.nanoTime());
        WasiOptions.Builder options = WasiOptions.builder()
                .withArguments(request.argv())
                .withStdin(new ByteArrayInputStream(request.stdin()))
                .withStdout(new Capped(run.stdout, "stdout"))
                .withStderr(new Capped(run.stderr, "stderr"));
        for (Map.Entry<String, String> e : request.env().entrySet()) {
            options.withEnvironment(e.getKey(), e.getValue());
        }
        Thread guest = Thread.currentThread();
        Thread.interrupted();
        ScheduledFuture<?> limit = timer.schedule(guest::interrupt, request.cpuNanos(), TimeUnit.NANOSECONDS);
        Instance instance = null;
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options.build()).build()) {
            ImportValues imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            long t0 = System.nanoTime();
            try {
                instance = Instance.builder(c.module()).withImportValues(imports).withMachineFactory(c.machine())
                        .withStart(false).build();
            } catch (RuntimeException | StackOverflowError e) {
                run.instantiateNanos = System.nanoTime() - t0;
                stopped(run, e, GuestRun.Stop.INSTANTIATION_FAILED);
                return run;
            }
            long t1 = System.nanoTime();
            run.instantiateNanos = t1 - t0;
            run.stdout.rebase(t1);
            run.stderr.rebase(t1);
            try {
                instance.export("_start").apply();
                run.stop = GuestRun.Stop.RETURNED;
            } catch (RuntimeException | StackOverflowError e) {
                stopped(run, e, GuestRun.Stop.TRAPPED);
            }
            run.runNanos = System.nanoTime() - t1;
            return run;
        } finally {
            limit.cancel(false);
            Thread.interrupted();
            Memory memory = instance == null ? null : instance.memory();
            run.peakMemoryBytes = memory == null ? 0 : (long) memory.pages() * Memory.PAGE_SIZE;
        }
    }

    private static void stopped(GuestRun run, Throwable e, GuestRun.Stop otherwise) {
        Throwable cause = rootOf(e);
        if (run.stdout.exceeded() || run.stderr.exceeded()) {
            run.stop = GuestRun.Stop.OUTPUT_STOPPED;
        } else if (cause instanceof WasiExitException exit) {
            run.stop = GuestRun.Stop.EXITED;
            run.exitCode = exit.exitCode();
        } else if (cause instanceof ChicoryInterruptedException || Thread.currentThread().isInterrupted()) {
            run.stop = GuestRun.Stop.INTERRUPTED;
        } else if (cause instanceof StackOverflowError) {
            run.stop = otherwise;
            run.detail = "call stack exhausted";
        } else {
            run.stop = otherwise;
            run.detail = WasmtimeHost.firstLine(String.valueOf(cause.getMessage())).toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && !(t instanceof WasiExitException) && !(t instanceof ChicoryInterruptedException)) {
            t = t.getCause();
        }
        return t;
    }

    /** Feeds a guest stream into its {@link CappedOutput}; past the cap, stops the guest. */
    private static final class Capped extends OutputStream {
        private final CappedOutput out;
        private final String name;

        Capped(CappedOutput out, String name) {
            this.out = out;
            this.name = name;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (!out.write(b, off, len)) {
                throw new OutputLimitExceeded(name);
            }
        }
    }
}
