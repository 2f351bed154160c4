package io.wasmfit.generator.java;

import java.util.List;

/**
 * A collaborator that cannot run in a WAGI module: in the satellite it is an interface with the
 * methods the closure calls, implemented by a {@code WasmfitTodo…} class whose methods throw, and
 * the entry answers 501 with the message.
 *
 * @param type        fully qualified name of the collaborator
 * @param stubClass   fully qualified name of the class that stands in for it
 * @param why         why it cannot run and what to do, as the 501 message gives it after "X.m cannot run in this satellite: "
 * @param file        the collaborator's original file (relative to the scanned root), or null
 * @param line        its declaration's line, 0 when not known
 * @param uses        where the closure calls it
 */
public record StubbedCollaborator(String type, String stubClass, String why, String file, int line, List<Use> uses) {

    public StubbedCollaborator {
        uses = List.copyOf(uses);
    }

    /** One call of the collaborator in the closure's original sources. */
    public record Use(String method, String file, int line) {
    }

    public String simpleName() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    public String stubSimpleName() {
        return stubClass.substring(stubClass.lastIndexOf('.') + 1);
    }
}
