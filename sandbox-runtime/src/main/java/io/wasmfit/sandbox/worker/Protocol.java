package io.wasmfit.sandbox.worker;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frames between the sandbox and its worker: a 4-byte big-endian length, then the payload,
 * whose first byte says what it is. The parent sends {@link Run}; the worker answers
 * {@link Hello} once at start, then {@link NeedModule} or {@link Done} for each run.
 */
public final class Protocol {

    /** Refuses frames larger than this: a corrupted length must not allocate gigabytes. */
    static final int MAX_FRAME = 1 << 30;

    private static final byte RUN = 'R';
    private static final byte HELLO = 'H';
    private static final byte NEED_MODULE = 'N';
    private static final byte DONE = 'D';

    private Protocol() {
    }

    /** A message in either direction. */
    public sealed interface Message permits Run, Hello, NeedModule, Done {
    }

    /**
     * Run the module with this key; {@code module} is null when the parent expects the worker to
     * hold it already.
     */
    public record Run(String runtime, String moduleKey, byte[] module, List<String> argv, Map<String, String> env,
                      byte[] stdin, long cpuNanos, long maxMemoryBytes, long maxOutputBytes) implements Message {
    }

    /** Sent once when the worker is ready; {@code wasmtimeProblem} is empty when wasmtime loaded. */
    public record Hello(String wasmtimeProblem, String nativeLibrary) implements Message {
    }

    /** The worker does not hold the module of the last {@link Run}: send it again with the bytes. */
    public record NeedModule(String moduleKey) implements Message {
    }

    /** How a run ended, as the worker saw it. Times in nanoseconds; firstOutputNanos -1 if none. */
    public record Done(String outcome, String runtime, int exitCode, String message,
                       byte[] stdout, boolean stdoutTruncated, byte[] stderr, boolean stderrTruncated,
                       long compileNanos, long instantiateNanos, long firstOutputNanos, long runNanos,
                       long peakMemoryBytes) implements Message {
    }

    public static void write(OutputStream out, Message message) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(buffer);
        if (message instanceof Run r) {
            d.writeByte(RUN);
            string(d, r.runtime());
            string(d, r.moduleKey());
            bytes(d, r.module());
            d.writeInt(r.argv().size());
            for (String a : r.argv()) {
                string(d, a);
            }
            d.writeInt(r.env().size());
            for (Map.Entry<String, String> e : r.env().entrySet()) {
                string(d, e.getKey());
                string(d, e.getValue());
            }
            bytes(d, r.stdin());
            d.writeLong(r.cpuNanos());
            d.writeLong(r.maxMemoryBytes());
            d.writeLong(r.maxOutputBytes());
        } else if (message instanceof Hello h) {
            d.writeByte(HELLO);
            string(d, h.wasmtimeProblem());
            string(d, h.nativeLibrary());
        } else if (message instanceof NeedModule n) {
            d.writeByte(NEED_MODULE);
            string(d, n.moduleKey());
        } else if (message instanceof Done r) {
            d.writeByte(DONE);
            string(d, r.outcome());
            string(d, r.runtime());
            d.writeInt(r.exitCode());
            string(d, r.message());
            bytes(d, r.stdout());
            d.writeBoolean(r.stdoutTruncated());
            bytes(d, r.stderr());
            d.writeBoolean(r.stderrTruncated());
            d.writeLong(r.compileNanos());
            d.writeLong(r.instantiateNanos());
            d.writeLong(r.firstOutputNanos());
            d.writeLong(r.runNanos());
            d.writeLong(r.peakMemoryBytes());
        }
        d.flush();
        DataOutputStream framed = new DataOutputStream(out);
        framed.writeInt(buffer.size());
        buffer.writeTo(framed);
        framed.flush();
    }

    /** Reads the next message; {@link EOFException} when the other side has closed the stream. */
    public static Message read(InputStream in) throws IOException {
        DataInputStream framed = new DataInputStream(in);
        int length = framed.readInt();
        if (length <= 0 || length > MAX_FRAME) {
            throw new IOException("corrupt frame: length " + length);
        }
        byte[] payload = framed.readNBytes(length);
        if (payload.length != length) {
            throw new EOFException("the stream ended inside a frame");
        }
        DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        byte type = d.readByte();
        return switch (type) {
            case RUN -> {
                String runtime = string(d);
                String key = string(d);
                byte[] module = bytes(d);
                int argc = d.readInt();
                List<String> argv = new ArrayList<>(argc);
                for (int i = 0; i < argc; i++) {
                    argv.add(string(d));
                }
                int envc = d.readInt();
                Map<String, String> env = new LinkedHashMap<>();
                for (int i = 0; i < envc; i++) {
                    env.put(string(d), string(d));
                }
                yield new Run(runtime, key, module, argv, env, bytes(d), d.readLong(), d.readLong(), d.readLong());
            }
            case HELLO -> new Hello(string(d), string(d));
            case NEED_MODULE -> new NeedModule(string(d));
            case DONE -> new Done(string(d), string(d), d.readInt(), string(d), bytes(d), d.readBoolean(),
                    bytes(d), d.readBoolean(), d.readLong(), d.readLong(), d.readLong(), d.readLong(), d.readLong());
            default -> throw new IOException("corrupt frame: unknown message type " + type);
        };
    }

    private static void string(DataOutputStream d, String s) throws IOException {
        bytes(d, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String string(DataInputStream d) throws IOException {
        return new String(bytes(d), StandardCharsets.UTF_8);
    }

    private static void bytes(DataOutputStream d, byte[] b) throws IOException {
        if (b == null) {
            d.writeInt(-1);
            return;
        }
        d.writeInt(b.length);
        d.write(b);
    }

    private static byte[] bytes(DataInputStream d) throws IOException {
        int length = d.readInt();
        if (length < 0) {
            return null;
        }
        byte[] b = new byte[length];
        d.readFully(b);
        return b;
    }
}
