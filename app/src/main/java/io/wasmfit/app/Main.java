package io.wasmfit.app;

import io.wasmfit.app.cli.Cli;

/** The one launcher: no arguments open the desktop app ({@code wasmfit gui}); arguments run the CLI. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args.length == 0 ? new String[] {"gui"} : args));
    }
}
