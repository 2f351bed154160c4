package io.wasmfit.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RulePack;
import io.wasmfit.rules.RuleSet;

/** The built-in rules plus the user's {@code --rules} folders; any error in them stops with exit 2. */
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
}
