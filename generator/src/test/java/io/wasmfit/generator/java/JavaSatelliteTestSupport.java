package io.wasmfit.generator.java;

import java.nio.file.Path;

public final class JavaSatelliteTestSupport {
    private JavaSatelliteTestSupport() {
    }

    public static void delete(Path dir) {
        JavaSatellite.deleteQuietly(dir);
    }
}
