package io.wasmfit.app;

import io.wasmfit.app.cli.Cli;

/** The one launcher: arguments run the CLI (the desktop app comes with its own issue). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
