package io.wasmfit.generator.spin;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps framework routes to Spin's route syntax: {@code /api/tax/{region}} becomes
 * {@code /api/tax/:region}, a trailing catch-all ({@code /**}, {@code {*rest}}) becomes
 * {@code /...}. Spin matches named segments exactly one segment wide and passes their values to
 * WAGI guests as {@code X_PATH_MATCH_<NAME>}.
 */
public final class SpinRoutes {

    private SpinRoutes() {
    }

    public static String fromFramework(String route) {
        if (route == null || route.isBlank() || route.equals("/")) {
            return "/";
        }
        List<String> out = new ArrayList<>();
        String[] segments = route.strip().split("/");
        int wildcards = 0;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty()) {
                continue;
            }
            boolean last = i == segments.length - 1;
            if (last && (s.equals("**") || (s.startsWith("{*") && s.endsWith("}")))) {
                out.add("...");
            } else if (s.startsWith("{") && s.endsWith("}")) {
                String name = s.substring(1, s.length() - 1);
                int colon = name.indexOf(':');
                out.add(":" + (colon < 0 ? name : name.substring(0, colon)).strip());
            } else if (s.equals("*") || s.equals("**")) {
                out.add(":segment" + (++wildcards));
            } else {
                out.add(s);
            }
        }
        return "/" + String.join("/", out);
    }

    /** The names of the path parameters of a Spin route, in order. */
    public static List<String> parameters(String spinRoute) {
        List<String> names = new ArrayList<>();
        for (String s : spinRoute.split("/")) {
            if (s.startsWith(":")) {
                names.add(s.substring(1));
            }
        }
        return names;
    }
}
