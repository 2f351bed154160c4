package io.wasmfit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.wasmfit.rules.Rule;
import io.wasmfit.rules.RuleError;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;
import io.wasmfit.rules.SpinPattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wasmfit rules list|validate}: see the rules in force, check a folder of rule packs. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules and Spin patterns in force, or validate a folder of rule packs or Konveyor rulesets.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Validate.class})
public final class RulesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print every rule with its pack, criterion and points, then the Spin patterns.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "DIR", description = "Folder of extra rule packs or Konveyor rulesets; repeatable.")
        List<Path> ruleDirs = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleSet rules = RuleOptions.load(ruleDirs);
            RuleOptions.printWarnings(rules.warnings(), spec.commandLine().getErr());
            out.printf("%-32s %-24s %-20s %7s  %s%n", "id", "pack", "criterion", "points", "title");
            for (Rule r : rules.all()) {
                String points = r.blocker() ? "blocker" : String.valueOf(r.points());
                String effort = r.effort() == null ? "" : " [Konveyor effort " + r.effort() + "]";
                out.printf("%-32s %-24s %-20s %7s  %s%s%s%n", r.id(), r.pack(), r.criterion().key(), points, r.title(), effort,
                        rules.isActive(r.id()) ? "" : " (disabled)");
            }
            out.printf("%d rules in %d packs%n", rules.all().size(), rules.packs().size());
            out.println();
            out.printf("%-32s %-24s %s%n", "pattern", "pack", "title");
            for (SpinPattern p : rules.allPatterns()) {
                out.printf("%-32s %-24s %s%s%n", p.id(), p.pack(), p.title(), rules.isActive(p.id()) ? "" : " (disabled)");
            }
            out.printf("%d Spin patterns%n", rules.allPatterns().size());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check every rule pack (*.yaml, *.yml) and Konveyor ruleset (a folder with ruleset.yaml) of a folder.",
                "Errors and warnings are printed as file:line:column: message; any error exits 2."})
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "Folder of rule packs, or a Konveyor ruleset folder.")
        Path dir;

        @Override
        public Integer call() {
            RuleLoader.Result result = RuleLoader.loadFolder(dir);
            PrintWriter err = spec.commandLine().getErr();
            RuleOptions.printWarnings(result.warnings(), err);
            if (!result.ok()) {
                for (RuleError e : result.errors()) {
                    err.println(e);
                }
                err.printf("wasmfit: %d error(s) in the rule packs of %s%n", result.errors().size(), dir);
                return ExitCode.BAD_INPUT.code();
            }
            int rules = result.packs().stream().mapToInt(p -> p.rules().size()).sum();
            int patterns = result.packs().stream().mapToInt(p -> p.patterns().size()).sum();
            spec.commandLine().getOut().printf("%s: %d packs, %d rules, %d patterns, no errors, %d warning(s)%n", dir,
                    result.packs().size(), rules, patterns, result.warnings().size());
            return ExitCode.OK.code();
        }
    }
}
