package io.wasmfit.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a guest receives: its full argv (argv[0] is the program name, as in C), exactly the
 * environment given here (nothing is inherited from the host), and stdin.
 */
public record GuestInput(List<String> argv, Map<String, String> env, byte[] stdin) {

    public GuestInput {
        argv = List.copyOf(argv);
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        stdin = stdin.clone();
    }

    public static GuestInput of(String... argv) {
        return new GuestInput(List.of(argv), Map.of(), new byte[0]);
    }

    public GuestInput withEnv(Map<String, String> environment) {
        return new GuestInput(argv, environment, stdin);
    }

    public GuestInput withStdin(byte[] bytes) {
        return new GuestInput(argv, env, bytes);
    }

    public GuestInput withStdin(Path file) throws IOException {
        return withStdin(Files.readAllBytes(file));
    }

    @Override
    public byte[] stdin() {
        return stdin.clone();
    }
}
