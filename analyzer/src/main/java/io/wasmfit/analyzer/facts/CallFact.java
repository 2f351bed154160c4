package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.List;

/**
 * A method call (or method reference, with {@code args} = -1) and what is known of its receiver.
 *
 * @param inLoop    inside a loop body, or inside a lambda handed to forEach/map/filter...
 * @param arguments what each argument is; empty when none is a constant or a piece of code
 */
public record CallFact(String name, Receiver receiver, int args, int line, boolean inLoop, List<Arg> arguments)
        implements Serializable {

    public CallFact {
        name = Names.canonical(name);
        arguments = List.copyOf(arguments);
    }

    public CallFact(String name, Receiver receiver, int args, int line, boolean inLoop) {
        this(name, receiver, args, line, inLoop, List.of());
    }

    /** The argument at {@code index} (negative counts from the end), or {@link Arg.Other} when unknown. */
    public Arg argument(int index) {
        int i = index < 0 ? arguments.size() + index : index;
        return i >= 0 && i < arguments.size() ? arguments.get(i) : Arg.Other.INSTANCE;
    }
}
