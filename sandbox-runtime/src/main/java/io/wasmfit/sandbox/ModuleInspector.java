package io.wasmfit.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads just enough of a module's binary format to refuse bad modules before a worker sees them
 * (with a message that says what is wrong and where) and to cap its memory: the memory section's
 * maximum is lowered to the limit, so that {@code memory.grow} fails past it on every runtime.
 */
final class ModuleInspector {

    private static final byte[] MAGIC = {0, 'a', 's', 'm'};
    private static final String WASI = "wasi_snapshot_preview1";
    private static final Set<String> WASI_FUNCTIONS = loadWasiFunctions();
    private static final String[] SECTION_NAMES = {"custom", "type", "import", "function", "table", "memory",
        "global", "export", "start", "element", "code", "data", "data count", "tag"};

    /** The verdict on a module: either a refusal or the bytes to run. */
    record Inspection(RunOutcome refusal, String message, List<String> unknownImports, byte[] runnable) {

        static Inspection refuse(RunOutcome outcome, String message) {
            return new Inspection(outcome, message, List.of(), null);
        }

        boolean refused() {
            return refusal != null;
        }
    }

    private record Section(int id, int start, int end) {
    }

    private record MemoryLimits(int offset, int end, int flags, long min, long max) {
    }

    private ModuleInspector() {
    }

    static Inspection inspect(byte[] wasm, long maxMemoryPages) {
        if (wasm.length < 8 || !startsWithMagic(wasm)) {
            return Inspection.refuse(RunOutcome.INVALID_MODULE, "not a WebAssembly module: it starts with "
                    + describeStart(wasm) + " instead of the magic bytes 00 61 73 6d (\"\\0asm\")");
        }
        int version = (wasm[4] & 0xff) | (wasm[5] & 0xff) << 8 | (wasm[6] & 0xff) << 16 | (wasm[7] & 0xff) << 24;
        if (version != 1) {
            return Inspection.refuse(RunOutcome.INVALID_MODULE, "unsupported binary format version " + version
                    + (version == 0x1000d ? " (a component-model component, not a WASI preview1 command module)" : " (expected 1)"));
        }
        try {
            return inspectSections(wasm, maxMemoryPages);
        } catch (Malformed e) {
            return Inspection.refuse(RunOutcome.INVALID_MODULE, e.getMessage());
        }
    }

    private static Inspection inspectSections(byte[] wasm, long maxMemoryPages) {
        List<Section> sections = new ArrayList<>();
        Reader r = new Reader(wasm, 8);
        while (r.pos < wasm.length) {
            int at = r.pos;
            int id = r.u8("section id");
            long size = r.u32("size of section " + id);
            if (size > wasm.length - r.pos) {
                throw new Malformed("truncated module: section " + id + " (" + sectionName(id) + ") at byte " + at
                        + " declares " + size + " bytes but only " + (wasm.length - r.pos) + " remain");
            }
            sections.add(new Section(id, r.pos, r.pos + (int) size));
            r.pos += (int) size;
        }
        List<String> unknown = new ArrayList<>();
        List<MemoryLimits> memories = new ArrayList<>();
        boolean hasStart = false;
        for (Section s : sections) {
            Reader in = new Reader(wasm, s.start);
            switch (s.id) {
                case 2 -> readImports(in, unknown);
                case 5 -> memories.addAll(readMemories(in));
                case 7 -> hasStart = exportsStart(in);
                default -> { }
            }
            if (s.id == 2 || s.id == 5 || s.id == 7) {
                if (in.pos != s.end) {
                    throw new Malformed("malformed " + sectionName(s.id) + " section at byte " + s.start
                            + ": its content ends at byte " + in.pos + ", not at " + s.end);
                }
            }
        }
        if (!unknown.isEmpty()) {
            return new Inspection(RunOutcome.UNKNOWN_IMPORTS, unknown.size() + " import(s) that no WASI preview1 host provides: "
                    + String.join(", ", unknown), unknown, null);
        }
        if (!hasStart) {
            return Inspection.refuse(RunOutcome.MISSING_START,
                    "the module exports no `_start` function, so it is not a WASI command (a library or reactor module?)");
        }
        for (MemoryLimits m : memories) {
            if (m.min > maxMemoryPages) {
                return Inspection.refuse(RunOutcome.MEMORY_LIMIT, "the module declares " + mib(m.min) + " of memory up front, more than the "
                        + mib(maxMemoryPages) + " limit");
            }
        }
        return new Inspection(null, "", List.of(), capMemories(wasm, sections, memories, maxMemoryPages));
    }

    private static void readImports(Reader in, List<String> unknown) {
        long count = in.u32("import count");
        for (long i = 0; i < count; i++) {
            String module = in.name();
            String name = in.name();
            int kind = in.u8("import kind");
            switch (kind) {
                case 0 -> in.u32("type index");
                case 1 -> {
                    in.u8("table element type");
                    readLimits(in);
                }
                case 2 -> readLimits(in);
                case 3 -> {
                    in.u8("global type");
                    in.u8("global mutability");
                }
                case 4 -> {
                    in.u8("tag attribute");
                    in.u32("tag type");
                }
                default -> throw new Malformed("malformed import " + module + "::" + name + ": unknown kind " + kind);
            }
            if (kind != 0 || !WASI.equals(module) || !WASI_FUNCTIONS.contains(name)) {
                unknown.add(module + "::" + name + (kind == 0 ? "" : " (" + new String[] {"func", "table", "memory", "global", "tag"}[kind] + ")"));
            }
        }
    }

    private static List<MemoryLimits> readMemories(Reader in) {
        long count = in.u32("memory count");
        List<MemoryLimits> result = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            result.add(readLimits(in));
        }
        return result;
    }

    private static MemoryLimits readLimits(Reader in) {
        int offset = in.pos;
        int flags = in.u8("limits flags");
        if ((flags & 0x04) != 0) {
            throw new Malformed("64-bit memories (memory64) are not supported");
        }
        long min = in.u32("limits minimum");
        long max = (flags & 0x01) != 0 ? in.u32("limits maximum") : -1;
        return new MemoryLimits(offset, in.pos, flags, min, max);
    }

    private static boolean exportsStart(Reader in) {
        long count = in.u32("export count");
        boolean found = false;
        for (long i = 0; i < count; i++) {
            String name = in.name();
            int kind = in.u8("export kind");
            in.u32("export index");
            found |= kind == 0 && "_start".equals(name);
        }
        return found;
    }

    /** Rewrites each memory's maximum to min(declared maximum, limit); nothing else changes. */
    private static byte[] capMemories(byte[] wasm, List<Section> sections, List<MemoryLimits> memories, long maxPages) {
        if (memories.isEmpty()) {
            return wasm;
        }
        Section memorySection = sections.stream().filter(s -> s.id == 5).findFirst().orElseThrow();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        writeU32(content, memories.size());
        for (MemoryLimits m : memories) {
            long max = m.max < 0 ? maxPages : Math.min(m.max, maxPages);
            content.write(m.flags | 0x01);
            writeU32(content, m.min);
            writeU32(content, max);
        }
        int headerStart = headerStart(wasm, memorySection);
        ByteArrayOutputStream out = new ByteArrayOutputStream(wasm.length + 16);
        out.write(wasm, 0, headerStart);
        out.write(5);
        writeU32(out, content.size());
        out.writeBytes(content.toByteArray());
        out.write(wasm, memorySection.end, wasm.length - memorySection.end);
        return out.toByteArray();
    }

    private static int headerStart(byte[] wasm, Section section) {
        Reader r = new Reader(wasm, 8);
        while (true) {
            int at = r.pos;
            r.u8("section id");
            long size = r.u32("section size");
            if (r.pos == section.start) {
                return at;
            }
            r.pos += (int) size;
        }
    }

    private static void writeU32(ByteArrayOutputStream out, long value) {
        long v = value;
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    private static String mib(long pages) {
        double mib = pages * 65_536.0 / (1 << 20);
        return (mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(java.util.Locale.ROOT, "%.2f", mib)) + " MiB";
    }

    private static String sectionName(int id) {
        return id >= 0 && id < SECTION_NAMES.length ? SECTION_NAMES[id] : "unknown";
    }

    private static boolean startsWithMagic(byte[] wasm) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (wasm[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describeStart(byte[] data) {
        if (data.length == 0) {
            return "nothing (the file is empty)";
        }
        int n = Math.min(4, data.length);
        StringBuilder hex = new StringBuilder(HexFormat.ofDelimiter(" ").formatHex(data, 0, n));
        String text = new String(data, 0, Math.min(16, data.length), StandardCharsets.ISO_8859_1);
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            hex.append(" (\"").append(text).append(data.length > 16 ? "..." : "").append("\")");
        }
        return hex.toString();
    }

    private static Set<String> loadWasiFunctions() {
        try (InputStream in = ModuleInspector.class.getResourceAsStream("wasi-preview1-functions.txt")) {
            if (in == null) {
                throw new IllegalStateException("wasi-preview1-functions.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** A cursor over the module bytes; running past the end is a "truncated" error. */
    private static final class Reader {
        private final byte[] data;
        private int pos;

        Reader(byte[] data, int pos) {
            this.data = data;
            this.pos = pos;
        }

        int u8(String what) {
            if (pos >= data.length) {
                throw new Malformed("truncated module: the " + what + " at byte " + pos + " is past the end of the file");
            }
            return data[pos++] & 0xff;
        }

        long u32(String what) {
            long result = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = u8(what);
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    if (result > 0xffff_ffffL) {
                        break;
                    }
                    return result;
                }
            }
            throw new Malformed("malformed module: the " + what + " at byte " + pos + " is not a valid 32-bit LEB128 number");
        }

        String name() {
            long length = u32("name length");
            if (length > data.length - pos) {
                throw new Malformed("truncated module: a name at byte " + pos + " declares " + length + " bytes but only "
                        + (data.length - pos) + " remain");
            }
            String s = new String(data, pos, (int) length, StandardCharsets.UTF_8);
            pos += (int) length;
            return s;
        }
    }
}
