package io.wasmfit.analyzer.cache;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.Arg;
import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.NewFact;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.facts.Receiver;
import io.wasmfit.analyzer.facts.TypeFacts;
import io.wasmfit.analyzer.facts.TypeUseFact;
import io.wasmfit.analyzer.facts.ValueExpr;
import io.wasmfit.model.Problem;

/**
 * A compact binary form of {@link FileFacts} for the persistent cache: fields in record order,
 * variable-length integers, and every string written once (type and method names repeat all over
 * a code base). Java serialization was tried first: it overflows the stack on a large repository's
 * facts and is several times slower. {@link #VERSION} changes whenever a fact record does; the
 * round-trip test fails when a new field is not encoded.
 * The writer and the reader stay in one file, long as it is, so that their field orders can be
 * read side by side.
 */
final class FactsCodec {

    static final int VERSION = 3;

    private static final Receiver IMPLICIT = new Receiver.Implicit();
    private static final Receiver THIS = new Receiver.This();
    private static final Receiver SUPER = new Receiver.Super();
    private static final Receiver UNKNOWN = new Receiver.Unknown();

    private FactsCodec() {
    }

    /** Writes facts; strings go to a table shared by everything written with this writer. */
    static final class Writer {
        private final Bytes out = new Bytes();
        private final Map<String, Integer> strings = new HashMap<>();

        /** What was written so far. */
        byte[] toByteArray() {
            return out.toByteArray();
        }

        void writeLong(long value) {
            out.writeLong(value);
        }

        void writeBoolean(boolean value) {
            out.writeBoolean(value);
        }

        void file(FileFacts f) {
            string(f.path());
            string(f.packageName());
            strings(f.imports());
            strings(f.wildcardImports());
            strings(f.staticImports());
            varint(f.types().size());
            for (TypeFacts t : f.types()) {
                type(t);
            }
            varint(f.lines());
        }

        void problems(List<Problem> problems) {
            varint(problems.size());
            for (Problem p : problems) {
                string(p.file());
                varint(p.line());
                string(p.message());
            }
        }

        private void type(TypeFacts t) {
            string(t.fqn());
            string(t.name());
            out.writeByte(t.kind().ordinal());
            strings(t.modifiers());
            varint(t.line());
            varint(t.endLine());
            strings(t.supertypes());
            annotations(t.annotations());
            varint(t.fields().size());
            for (FieldFact f : t.fields()) {
                string(f.name());
                string(f.type());
                strings(f.modifiers());
                annotations(f.annotations());
                varint(f.line());
                value(f.initializer());
                out.writeBoolean(f.mutableInit());
            }
            varint(t.methods().size());
            for (MethodFacts m : t.methods()) {
                method(m);
            }
            method(t.initializer());
            string(t.outerFqn());
        }

        private void method(MethodFacts m) {
            string(m.name());
            varint(m.params().size());
            for (ParamFact p : m.params()) {
                string(p.name());
                string(p.type());
                annotations(p.annotations());
                out.writeBoolean(p.varargs());
            }
            string(m.returnType());
            strings(m.modifiers());
            annotations(m.annotations());
            varint(m.line());
            varint(m.nameLine());
            varint(m.endLine());
            varint(m.calls().size());
            for (CallFact c : m.calls()) {
                string(c.name());
                receiver(c.receiver());
                varint(c.args() + 1);
                varint(c.line());
                out.writeBoolean(c.inLoop());
                varint(c.arguments().size());
                for (Arg a : c.arguments()) {
                    argument(a);
                }
            }
            varint(m.news().size());
            for (NewFact n : m.news()) {
                string(n.type());
                varint(n.args() + 1);
                varint(n.line());
                out.writeBoolean(n.inLoop());
            }
            varint(m.typeUses().size());
            for (TypeUseFact u : m.typeUses()) {
                string(u.type());
                varint(u.line());
            }
            varint(m.unboundedLoops().size());
            for (int l : m.unboundedLoops()) {
                varint(l);
            }
        }

        private void receiver(Receiver r) {
            if (r instanceof Receiver.Implicit) {
                out.writeByte(0);
            } else if (r instanceof Receiver.This) {
                out.writeByte(1);
            } else if (r instanceof Receiver.Super) {
                out.writeByte(2);
            } else if (r instanceof Receiver.Typed t) {
                out.writeByte(3);
                string(t.type());
            } else if (r instanceof Receiver.Name n) {
                out.writeByte(4);
                string(n.name());
            } else if (r instanceof Receiver.Field f) {
                out.writeByte(5);
                string(f.name());
            } else if (r instanceof Receiver.Chain c) {
                out.writeByte(6);
                varint(c.callIndex());
            } else {
                out.writeByte(7);
            }
        }

        private void argument(Arg a) {
            if (a instanceof Arg.Value v) {
                out.writeByte(1);
                value(v.value());
            } else if (a instanceof Arg.Lambda l) {
                out.writeByte(2);
                string(l.method());
            } else if (a instanceof Arg.Reference r) {
                out.writeByte(3);
                varint(r.call());
            } else if (a instanceof Arg.AnonymousClass c) {
                out.writeByte(4);
                string(c.type());
            } else if (a instanceof Arg.Construction c) {
                out.writeByte(5);
                string(c.type());
            } else if (a instanceof Arg.Result r) {
                out.writeByte(6);
                varint(r.call());
            } else {
                out.writeByte(0);
            }
        }

        private void annotations(List<AnnotationFact> list) {
            varint(list.size());
            for (AnnotationFact a : list) {
                string(a.name());
                varint(a.attributes().size());
                for (Map.Entry<String, ValueExpr> e : a.attributes().entrySet()) {
                    string(e.getKey());
                    value(e.getValue());
                }
                varint(a.line());
            }
        }

        private void value(ValueExpr v) {
            if (v == null) {
                out.writeByte(0);
            } else if (v instanceof ValueExpr.Literal l) {
                out.writeByte(1);
                string(l.value());
            } else if (v instanceof ValueExpr.Ref r) {
                out.writeByte(2);
                string(r.name());
            } else if (v instanceof ValueExpr.ClassLiteral c) {
                out.writeByte(3);
                string(c.type());
            } else if (v instanceof ValueExpr.Concat c) {
                out.writeByte(4);
                values(c.parts());
            } else if (v instanceof ValueExpr.Array a) {
                out.writeByte(5);
                values(a.items());
            } else {
                out.writeByte(6);
                string(((ValueExpr.Other) v).text());
            }
        }

        private void values(List<ValueExpr> list) {
            varint(list.size());
            for (ValueExpr v : list) {
                value(v);
            }
        }

        private void strings(java.util.Collection<String> list) {
            varint(list.size());
            for (String s : list) {
                string(s);
            }
        }

        /** 0 = null, 1 = a new string follows, n ≥ 2 = the string with id n - 2. */
        void string(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer id = strings.get(s);
            if (id != null) {
                varint(id + 2);
                return;
            }
            strings.put(s, strings.size());
            varint(1);
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            out.write(bytes);
        }

        void varint(int value) {
            int v = value;
            while ((v & ~0x7F) != 0) {
                out.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    static final class Reader {
        private final byte[] bytes;
        private int pos;
        private final List<String> strings = new ArrayList<>();
        private final Map<List<String>, Set<String>> sets = new HashMap<>();

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean atEnd() {
            return pos == bytes.length;
        }

        long readLong() throws IOException {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | readUnsignedByte();
            }
            return value;
        }

        boolean readBoolean() throws IOException {
            return readUnsignedByte() != 0;
        }

        private byte readByte() throws IOException {
            return (byte) readUnsignedByte();
        }

        private int readUnsignedByte() throws IOException {
            if (pos >= bytes.length) {
                throw new EOFException("facts end early");
            }
            return bytes[pos++] & 0xFF;
        }

        FileFacts file() throws IOException {
            String path = string();
            String pkg = string();
            List<String> imports = stringList();
            List<String> wildcards = stringList();
            List<String> statics = stringList();
            List<TypeFacts> types = list(this::type);
            return new FileFacts(path, pkg, imports, wildcards, statics, types, varint());
        }

        List<Problem> problems() throws IOException {
            return list(() -> new Problem(string(), varint(), string()));
        }

        private TypeFacts type() throws IOException {
            String fqn = string();
            String name = string();
            TypeFacts.TypeKind kind = TypeFacts.TypeKind.values()[readByte()];
            Set<String> modifiers = stringSet();
            int line = varint();
            int endLine = varint();
            List<String> supertypes = stringList();
            List<AnnotationFact> annotations = annotations();
            List<FieldFact> fields = list(() -> new FieldFact(string(), string(), stringSet(), annotations(), varint(),
                    value(), readBoolean()));
            List<MethodFacts> methods = list(this::method);
            MethodFacts initializer = method();
            return new TypeFacts(fqn, name, kind, modifiers, line, endLine, supertypes, annotations, fields, methods,
                    initializer, string());
        }

        private MethodFacts method() throws IOException {
            String name = string();
            List<ParamFact> params = list(() -> new ParamFact(string(), string(), annotations(), readBoolean()));
            String returnType = string();
            Set<String> modifiers = stringSet();
            List<AnnotationFact> annotations = annotations();
            int line = varint();
            int nameLine = varint();
            int endLine = varint();
            List<CallFact> calls = list(() -> new CallFact(string(), receiver(), varint() - 1, varint(), readBoolean(),
                    list(this::argument)));
            List<NewFact> news = list(() -> new NewFact(string(), varint() - 1, varint(), readBoolean()));
            List<TypeUseFact> uses = list(() -> new TypeUseFact(string(), varint()));
            List<Integer> loops = list(this::varint);
            return new MethodFacts(name, params, returnType, modifiers, annotations, line, nameLine, endLine, calls, news,
                    uses, loops);
        }

        private Receiver receiver() throws IOException {
            return switch (readByte()) {
                case 0 -> IMPLICIT;
                case 1 -> THIS;
                case 2 -> SUPER;
                case 3 -> new Receiver.Typed(string());
                case 4 -> new Receiver.Name(string());
                case 5 -> new Receiver.Field(string());
                case 6 -> new Receiver.Chain(varint());
                case 7 -> UNKNOWN;
                default -> throw new IOException("corrupt receiver tag");
            };
        }

        private Arg argument() throws IOException {
            return switch (readByte()) {
                case 0 -> Arg.Other.INSTANCE;
                case 1 -> new Arg.Value(value());
                case 2 -> new Arg.Lambda(string());
                case 3 -> new Arg.Reference(varint());
                case 4 -> new Arg.AnonymousClass(string());
                case 5 -> new Arg.Construction(string());
                case 6 -> new Arg.Result(varint());
                default -> throw new IOException("corrupt argument tag");
            };
        }

        private List<AnnotationFact> annotations() throws IOException {
            return list(() -> {
                String name = string();
                int n = varint();
                if (n == 0) {
                    return new AnnotationFact(name, Map.of(), varint());
                }
                Map<String, ValueExpr> attrs = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    attrs.put(string(), value());
                }
                return new AnnotationFact(name, attrs, varint());
            });
        }

        private ValueExpr value() throws IOException {
            return switch (readByte()) {
                case 0 -> null;
                case 1 -> new ValueExpr.Literal(string());
                case 2 -> new ValueExpr.Ref(string());
                case 3 -> new ValueExpr.ClassLiteral(string());
                case 4 -> new ValueExpr.Concat(list(this::value));
                case 5 -> new ValueExpr.Array(list(this::value));
                case 6 -> new ValueExpr.Other(string());
                default -> throw new IOException("corrupt value tag");
            };
        }

        private List<String> stringList() throws IOException {
            return list(this::string);
        }

        /** Modifier sets repeat all over a code base ({@code public static final}): each distinct one is built once. */
        private Set<String> stringSet() throws IOException {
            return sets.computeIfAbsent(stringList(), Set::copyOf);
        }

        String string() throws IOException {
            int code = varint();
            if (code == 0) {
                return null;
            }
            if (code >= 2) {
                int id = code - 2;
                if (id >= strings.size()) {
                    throw new IOException("corrupt string reference");
                }
                return strings.get(id);
            }
            int length = varint();
            if (length < 0 || length > 64 * 1024 * 1024) {
                throw new IOException("corrupt string length");
            }
            if (length > bytes.length - pos) {
                throw new EOFException("facts end early");
            }
            String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
            pos += length;
            strings.add(s);
            return s;
        }

        int varint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readUnsignedByte();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("corrupt number");
        }

        /**
         * An immutable list read item by item. Most fact lists hold zero to two items: those are
         * built without a scratch array, as every decoded object lives as long as the scan and
         * each young collection copies all of them again.
         */
        private <T> List<T> list(IoSupplier<T> item) throws IOException {
            int n = varint();
            if (n < 0 || n > 50_000_000) {
                throw new IOException("corrupt list size");
            }
            switch (n) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(item.get());
                case 2:
                    T first = item.get();
                    return List.of(first, item.get());
                default:
                    List<T> out = new ArrayList<>(Math.min(n, 1024));
                    for (int i = 0; i < n; i++) {
                        out.add(item.get());
                    }
                    return List.copyOf(out);
            }
        }
    }

    /** A growable byte array: {@code DataOutputStream} over {@code ByteArrayOutputStream} locks on every byte. */
    private static final class Bytes {
        private byte[] buf = new byte[64 * 1024];
        private int size;

        void writeByte(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = (byte) b;
        }

        void writeBoolean(boolean b) {
            writeByte(b ? 1 : 0);
        }

        void writeLong(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                writeByte((int) (v >>> shift));
            }
        }

        void write(byte[] bytes) {
            if (size + bytes.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + bytes.length));
            }
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
