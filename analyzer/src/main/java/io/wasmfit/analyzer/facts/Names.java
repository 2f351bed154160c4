package io.wasmfit.analyzer.facts;

/**
 * One string per distinct name. A large repository repeats a few hundred thousand type, method
 * and variable names well over a million times; facts live as long as the scan, so every
 * duplicate costs memory and is copied again by each young collection while files are parsed.
 * The JVM's own string table is used: it is concurrent, and drops names no fact holds any more.
 */
final class Names {

    private Names() {
    }

    static String canonical(String name) {
        return name == null ? null : name.intern();
    }
}
