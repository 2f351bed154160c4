package io.wasmfit.app.cli;

import java.util.concurrent.Callable;

import io.wasmfit.app.gui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wasmfit gui [DIR]}: open the desktop app, scanning DIR (a folder or git URL) at once if given. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the desktop app (also what 'wasmfit' with no arguments does).",
            "With DIR, scan that folder or git URL at once."})
public final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "A folder or git URL to scan when the window opens.")
    String location;

    @Override
    public Integer call() {
        String why = GuiLauncher.whyNoDisplay();
        if (why != null) {
            throw new UserInputException(why);
        }
        GuiLauncher.launch(location);
        return ExitCode.OK.code();
    }
}
