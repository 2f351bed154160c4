package io.wasmfit.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated repository large enough that a scan takes seconds: controllers with some logic each. */
final class BigTree {

    private BigTree() {
    }

    static Path write(Path root, int files) throws IOException {
        for (int i = 0; i < files; i++) {
            Path dir = Files.createDirectories(root.resolve("src/main/java/com/big/m" + (i / 100)));
            Files.writeString(dir.resolve("Controller" + i + ".java"), """
                    package com.big.m%1$d;

                    import java.util.ArrayList;
                    import java.util.List;
                    import org.springframework.web.bind.annotation.GetMapping;
                    import org.springframework.web.bind.annotation.RequestParam;
                    import org.springframework.web.bind.annotation.RestController;

                    @RestController
                    public class Controller%2$d {
                        @GetMapping("/api/c%2$d")
                        public List<Integer> handle(@RequestParam("n") int n) {
                            List<Integer> out = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                out.add(step(i) * %2$d);
                            }
                            return out;
                        }

                        private int step(int i) {
                            int a = i;
                            for (int k = 0; k < 10; k++) {
                                a = (a * 31 + k) %% 1000003;
                                if (a %% 7 == 0) {
                                    a += k;
                                } else if (a %% 11 == 0) {
                                    a -= k;
                                }
                            }
                            return a;
                        }
                    }
                    """.formatted(i / 100, i));
        }
        return root;
    }
}
