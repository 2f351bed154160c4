package io.wasmfit.sandbox;

/** The engine that runs a guest. Both run the same WASI preview1 command modules. */
public enum WasmRuntime {
    /** wasmtime-java: native (Cranelift), fast; needs its bundled native library to load. */
    WASMTIME,
    /** Chicory: pure Java (Wasm compiled to JVM bytecode); runs wherever the JVM runs. */
    CHICORY
}
