package io.wasmfit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.wasmfit.rules.RuleError;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RulePack;
import io.wasmfit.rules.RuleSet;

/**
 * The built-in rules plus the user's {@code --rules} folders; any error in them stops with exit 2
 * (every error listed with file, line and column). Warnings (Konveyor conditions wasmfit does not
 * evaluate) are kept in the rule set for the caller to print.
 */
final class RuleOptions {

    private RuleOptions() {
    }

    static RuleSet load(List<Path> folders) {
        List<RulePack> packs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path folder : folders) {
            RuleLoader.Result r = RuleLoader.loadFolder(folder);
            packs.addAll(r.packs());
            r.errors().forEach(e -> errors.add(e.toString()));
        }
        if (!errors.isEmpty()) {
            throw new UserInputException("the rule packs have " + errors.size() + " error(s):\n  "
                    + errors.stream().collect(Collectors.joining("\n  ")));
        }
        return RuleSet.builtIn().with(packs);
    }

    static void printWarnings(List<RuleError> warnings, PrintWriter err) {
        for (RuleError w : warnings) {
            err.println("warning: " + w);
        }
        if (!warnings.isEmpty()) {
            err.printf("wasmfit: %d warning(s): these parts of the rule packs are not evaluated%n", warnings.size());
        }
    }
}
