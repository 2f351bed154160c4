package io.wasmfit.sandbox;

/**
 * What one run cost. Times are milliseconds with microsecond precision; a step that did not
 * happen is 0 (e.g. compile when the worker already held the compiled module), and
 * {@code firstOutputMs} is -1 when the guest wrote nothing to stdout.
 *
 * @param moduleBytes     size of the module file as given
 * @param workerStartMs   starting a worker process for this run (0 when a warm worker was reused)
 * @param compileMs       compiling the module (0 when reused)
 * @param instantiateMs   WASI context, store, imports, instance (incl. the module's start function)
 * @param firstOutputMs   from the call of `_start` to the first byte on stdout
 * @param runMs           the call of `_start`
 * @param peakMemoryBytes linear memory at the end of the run (Wasm memory never shrinks)
 */
public record RunMetrics(long moduleBytes, double workerStartMs, double compileMs, double instantiateMs,
                         double firstOutputMs, double runMs, long peakMemoryBytes) {

    public static RunMetrics none(long moduleBytes) {
        return new RunMetrics(moduleBytes, 0, 0, 0, -1, 0, 0);
    }

    /** Instantiate plus run: what serving one request costs once the module is compiled. */
    public double requestMs() {
        return instantiateMs + runMs;
    }
}
