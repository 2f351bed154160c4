package io.wasmfit.analyzer.facts;

import java.io.Serializable;

/**
 * A method call (or method reference, with {@code args} = -1) and what is known of its receiver.
 *
 * @param inLoop inside a loop body, or inside a lambda handed to forEach/map/filter...
 */
public record CallFact(String name, Receiver receiver, int args, int line, boolean inLoop) implements Serializable {
}
