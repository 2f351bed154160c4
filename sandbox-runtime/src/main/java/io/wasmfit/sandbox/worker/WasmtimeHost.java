package io.wasmfit.sandbox.worker;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.kawamuray.wasmtime.Caller;
import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Extern;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.FuncType;
import io.github.kawamuray.wasmtime.ImportType;
import io.github.kawamuray.wasmtime.Instance;
import io.github.kawamuray.wasmtime.Linker;
import io.github.kawamuray.wasmtime.Memory;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.Val;
import io.github.kawamuray.wasmtime.WasmFunctionError;
import io.github.kawamuray.wasmtime.WasmtimeException;
import io.github.kawamuray.wasmtime.wasi.WasiCtx;
import io.github.kawamuray.wasmtime.wasi.WasiCtxBuilder;
import io.wasmfit.sandbox.WasmRuntime;

/**
 * wasmtime-java: one Engine (epoch interruption on) and one WASI Linker for the worker's life;
 * per run a fresh WASI context, Store and Instance, as Spin does per request.
 *
 * <p>stdin, stdout and stderr are served by Java host functions in place of WASI's
 * {@code fd_read}/{@code fd_write} for fds 0–2: wasmtime-java 0.19 opens every file it is given
 * for writing (so a stdin file reads as EBADF), and serving them here also gives an exact output
 * cap and the time of the first byte without temp files. Other fds go to wasmtime's WASI.
 */
final class WasmtimeHost implements GuestEngine {

    private static final String WASI = "wasi_snapshot_preview1";
    private static final int ERRNO_SUCCESS = 0;
    private static final FuncType FD_IO = new FuncType(
            new Val.Type[] {Val.Type.I32, Val.Type.I32, Val.Type.I32, Val.Type.I32}, new Val.Type[] {Val.Type.I32});

    private final Engine engine;
    private final Linker linker;
    private final EpochTicker ticker;

    /** @param compileCache a wasmtime cache configuration file, or null for none */
    WasmtimeHost(Path compileCache) {
        Config config = new Config().epochInterruption(true);
        if (compileCache != null) {
            config.cacheConfigLoad(compileCache);
        }
        engine = new Engine(config);
        linker = new Linker(engine);
        WasiCtx.addToLinker(linker);
        ticker = new EpochTicker(engine);
    }

    @Override
    public WasmRuntime runtime() {
        return WasmRuntime.WASMTIME;
    }

    @Override
    public Object compile(byte[] wasm) throws InvalidModule {
        try {
            io.github.kawamuray.wasmtime.Module module = io.github.kawamuray.wasmtime.Module.fromBinary(engine, wasm);
            return new Compiled(module, module.imports());
        } catch (WasmtimeException | WasmFunctionError e) {
            throw new InvalidModule("wasmtime rejected the module: " + firstLine(e.getMessage()), e);
        }
    }

    private record Compiled(io.github.kawamuray.wasmtime.Module module, ImportType[] imports) {
    }

    @Override
    public GuestRun run(Object compiled, Protocol.Run request) {
        Compiled c = (Compiled) compiled;
        long t0 = System.nanoTime();
        GuestRun run = new GuestRun(request, t0);
        Stdio stdio = new Stdio(request.stdin(), run);
        WasiCtxBuilder builder = new WasiCtxBuilder();
        request.argv().forEach(builder::arg);
        for (Map.Entry<String, String> e : request.env().entrySet()) {
            builder.env(e.getKey(), e.getValue());
        }
        Store<Void> store = new Store<>(null, engine, builder.build());
        List<Func> funcs = new ArrayList<>();
        Instance instance = null;
        try {
            store.setEpochDeadline(EpochTicker.ticks(request.cpuNanos()));
            Func fdRead = new Func(store, FD_IO, (caller, p, r) -> r[0] = Val.fromI32(stdio.read(store, caller, p)));
            Func fdWrite = new Func(store, FD_IO, (caller, p, r) -> r[0] = Val.fromI32(stdio.write(store, caller, p)));
            funcs.add(fdRead);
            funcs.add(fdWrite);
            List<Extern> imports = new ArrayList<>(c.imports().length);
            for (ImportType it : c.imports()) {
                imports.add(resolve(store, it, fdRead, fdWrite, funcs));
            }
            ticker.arm();
            try {
                instance = new Instance(store, c.module(), imports);
            } catch (RuntimeException e) {
                run.instantiateNanos = System.nanoTime() - t0;
                stopped(run, e, GuestRun.Stop.INSTANTIATION_FAILED);
                return run;
            }
            stdio.memory = instance.getMemory(store, "memory").orElse(null);
            Func start = instance.getFunc(store, "_start").orElseThrow();
            funcs.add(start);
            long t1 = System.nanoTime();
            run.instantiateNanos = t1 - t0;
            stdio.origin(t1);
            try {
                start.call(store);
                run.stop = GuestRun.Stop.RETURNED;
            } catch (RuntimeException e) {
                stopped(run, e, GuestRun.Stop.TRAPPED);
            }
            run.runNanos = System.nanoTime() - t1;
            return run;
        } finally {
            ticker.disarm();
            if (stdio.memory != null) {
                run.peakMemoryBytes = stdio.memory.dataSize(store);
                stdio.memory.dispose();
            }
            funcs.forEach(Func::dispose);
            if (instance != null) {
                instance.dispose();
            }
            store.dispose();
        }
    }

    private Extern resolve(Store<Void> store, ImportType it, Func fdRead, Func fdWrite, List<Func> funcs) {
        if (WASI.equals(it.module()) && "fd_read".equals(it.name())) {
            return Extern.fromFunc(fdRead);
        }
        if (WASI.equals(it.module()) && "fd_write".equals(it.name())) {
            return Extern.fromFunc(fdWrite);
        }
        Extern extern = linker.get(store, it.module(), it.name())
                .orElseThrow(() -> new IllegalStateException("no host import " + it.module() + "::" + it.name()));
        if (extern.type() == Extern.Type.FUNC) {
            funcs.add(extern.func());
        }
        return extern;
    }

    private static void stopped(GuestRun run, RuntimeException e, GuestRun.Stop otherwise) {
        if (run.stdout.exceeded() || run.stderr.exceeded()) {
            run.stop = GuestRun.Stop.OUTPUT_STOPPED;
        } else if (e instanceof WasmFunctionError.I32ExitError exit) {
            run.stop = GuestRun.Stop.EXITED;
            run.exitCode = exit.exitCode();
        } else if (e instanceof WasmFunctionError.TrapError trap) {
            boolean interrupt = trap.trap() == io.github.kawamuray.wasmtime.Trap.INTERRUPT;
            run.stop = interrupt ? GuestRun.Stop.INTERRUPTED : otherwise;
            run.detail = trap.trap().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        } else {
            run.stop = otherwise;
            run.detail = firstLine(e.getMessage());
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** fds 0, 1 and 2 of one run. */
    private static final class Stdio {
        private static final int ERRNO_BADF = 8;
        private final byte[] stdin;
        private final GuestRun run;
        private int stdinPosition;
        private Memory memory;

        Stdio(byte[] stdin, GuestRun run) {
            this.stdin = stdin;
            this.run = run;
        }

        void origin(long nanos) {
            // first-output times count from the call of _start
            run.stdout.rebase(nanos);
            run.stderr.rebase(nanos);
        }

        int read(Store<Void> store, Caller<Void> caller, Val[] p) {
            if (p[0].i32() != 0) {
                return ERRNO_BADF;
            }
            ByteBuffer mem = buffer(store, caller);
            int iovs = p[1].i32();
            int count = p[2].i32();
            int total = 0;
            for (int i = 0; i < count && stdinPosition < stdin.length; i++) {
                int address = mem.getInt(iovs + 8 * i);
                int length = mem.getInt(iovs + 8 * i + 4);
                int n = Math.min(length, stdin.length - stdinPosition);
                mem.put(address, stdin, stdinPosition, n);
                stdinPosition += n;
                total += n;
            }
            mem.putInt(p[3].i32(), total);
            return ERRNO_SUCCESS;
        }

        int write(Store<Void> store, Caller<Void> caller, Val[] p) {
            int fd = p[0].i32();
            CappedOutput out = fd == 1 ? run.stdout : fd == 2 ? run.stderr : null;
            if (out == null) {
                return ERRNO_BADF;
            }
            ByteBuffer mem = buffer(store, caller);
            int iovs = p[1].i32();
            int count = p[2].i32();
            int total = 0;
            for (int i = 0; i < count; i++) {
                int address = mem.getInt(iovs + 8 * i);
                int length = mem.getInt(iovs + 8 * i + 4);
                if (!out.write(mem, address, length)) {
                    throw new OutputLimitExceeded(fd == 1 ? "stdout" : "stderr");
                }
                total += length;
            }
            mem.putInt(p[3].i32(), total);
            return ERRNO_SUCCESS;
        }

        private ByteBuffer buffer(Store<Void> store, Caller<Void> caller) {
            if (memory == null) {
                // a start function may write before the instance exists
                memory = caller.getExport("memory").map(Extern::memory).orElse(null);
            }
            if (memory == null) {
                throw new IllegalStateException("the module exports no `memory`, so WASI cannot reach its buffers");
            }
            return memory.buffer(store).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
