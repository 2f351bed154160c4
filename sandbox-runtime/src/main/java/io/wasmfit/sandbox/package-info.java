/**
 * Running WebAssembly safely: {@link io.wasmfit.sandbox.Sandbox} runs a WASI preview1 command
 * module ({@link io.wasmfit.sandbox.WasmModule}) with a {@link io.wasmfit.sandbox.GuestInput}
 * under {@link io.wasmfit.sandbox.SandboxLimits} in a child JVM, on wasmtime-java or Chicory
 * ({@link io.wasmfit.sandbox.WasmRuntime}), and answers a {@link io.wasmfit.sandbox.RunResult}:
 * a named {@link io.wasmfit.sandbox.RunOutcome}, the guest's output and
 * {@link io.wasmfit.sandbox.RunMetrics}. {@link io.wasmfit.sandbox.Wagi} runs a module as Spin's
 * WAGI executor does for an HTTP request and reads its CGI response.
 */
package io.wasmfit.sandbox;
