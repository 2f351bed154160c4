package io.wasmfit.analyzer.index;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.NewFact;

/**
 * A method's facts with names resolved: the owner type of every call, the repository methods it
 * may invoke, the types it constructs and uses, and what stays unknown.
 *
 * @param localTypes    repository types the method calls into, constructs or names
 * @param externalTypes types outside the repository, with the first line that touches each
 * @param unresolved    calls whose target could not be determined although a repository method
 *                      of that name exists (a possibly lost edge of the closure)
 */
public record ResolvedMethod(MethodRef ref, List<Call> calls, List<Construction> news, List<TypeUse> typeUses,
                             Set<MethodRef> callees, Set<String> localTypes, Map<String, Integer> externalTypes,
                             int unresolved) {

    /**
     * A call: its owner type (receiver type, or declaring type for static calls; null when unknown)
     * and, when the owner is one of several types statically imported on demand, those types.
     */
    public record Call(CallFact fact, String owner, List<MethodRef> targets, List<String> possibleOwners) {

        public Call {
            possibleOwners = List.copyOf(possibleOwners);
        }

        public Call(CallFact fact, String owner, List<MethodRef> targets) {
            this(fact, owner, targets, List.of());
        }
    }

    public record Construction(NewFact fact, String type) {
    }

    public record TypeUse(String type, int line) {
    }
}
