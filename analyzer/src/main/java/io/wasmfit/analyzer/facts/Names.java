package io.wasmfit.analyzer.facts;

/**
 * One string per distinct name. A large repository repeats a few hundred thousand type, method
 * and variable names well over a million times; facts live as long as the scan, so every
 * duplicate costs memory and is copied again by each young collection while files are parsed.
 * The JVM's own string table is used: it is concurrent, and drops names no fact holds any more.
 * Asking it is a call into the VM, so a small table of the names canonicalized last is asked first;
 * it answers most of them (the same few thousand names recur everywhere). The table is shared by
 * all threads without locks: a slot holds a whole interned string or an older one, and a miss only
 * costs the call into the VM.
 */
final class Names {

    private static final int RECENT = 1 << 14;

    private static final String[] RECENT_NAMES = new String[RECENT];

    private Names() {
    }

    static String canonical(String name) {
        if (name == null) {
            return null;
        }
        int slot = name.hashCode() & (RECENT - 1);
        String known = RECENT_NAMES[slot];
        if (known != null && known.equals(name)) {
            return known;
        }
        String interned = name.intern();
        RECENT_NAMES[slot] = interned;
        return interned;
    }
}
