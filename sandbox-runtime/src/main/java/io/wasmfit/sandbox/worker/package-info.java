/**
 * Internal: the worker process that hosts the runtimes, and the framed protocol it speaks with
 * {@link io.wasmfit.sandbox.Sandbox} over its stdin/stdout. Not an API: it changes with the sandbox.
 */
package io.wasmfit.sandbox.worker;
