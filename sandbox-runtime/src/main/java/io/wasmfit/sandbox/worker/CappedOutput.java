package io.wasmfit.sandbox.worker;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * One guest output stream: keeps at most {@code cap} bytes, notes when the first byte came, and
 * says when the guest went past the cap (the caller then stops the guest).
 */
final class CappedOutput {

    private final long cap;
    private long origin;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;
    private long firstByteNanos = -1;

    CappedOutput(long cap, long originNanos) {
        this.cap = cap;
        this.origin = originNanos;
    }

    /** Appends what fits; returns false once the guest has written more than the cap. */
    boolean write(byte[] data, int offset, int length) {
        noteFirst(length);
        int fits = (int) Math.max(0, Math.min(length, cap - total));
        kept.write(data, offset, fits);
        total += length;
        return total <= cap;
    }

    /** Same as {@link #write(byte[], int, int)}, reading from guest memory. */
    boolean write(ByteBuffer memory, int address, int length) {
        noteFirst(length);
        int fits = (int) Math.max(0, Math.min(length, cap - total));
        if (fits > 0) {
            byte[] chunk = new byte[fits];
            memory.get(address, chunk);
            kept.writeBytes(chunk);
        }
        total += length;
        return total <= cap;
    }

    private void noteFirst(int length) {
        if (firstByteNanos < 0 && length > 0) {
            firstByteNanos = System.nanoTime() - origin;
        }
    }

    /** Counts first-byte times from here on (e.g. from the call of `_start`). */
    void rebase(long originNanos) {
        this.origin = originNanos;
    }

    boolean exceeded() {
        return total > cap;
    }

    byte[] bytes() {
        return kept.toByteArray();
    }

    /** Nanoseconds from the origin to the first byte written, or -1. */
    long firstByteNanos() {
        return firstByteNanos;
    }
}
