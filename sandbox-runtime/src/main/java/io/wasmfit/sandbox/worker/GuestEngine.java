package io.wasmfit.sandbox.worker;

/** One runtime inside the worker: compiles modules once, then runs them in fresh instances. */
interface GuestEngine {

    io.wasmfit.sandbox.WasmRuntime runtime();

    /** Compiles the module; the result is cached by the worker and reused across runs. */
    Object compile(byte[] wasm) throws InvalidModule;

    /** Runs `_start` in a fresh instance with the request's WASI context and limits. */
    GuestRun run(Object compiled, Protocol.Run request);
}
