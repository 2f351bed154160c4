package io.wasmfit.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a module the way Spin's WAGI executor does ({@code executor = { type = "wagi" }}) and
 * reads its CGI response the way Spin does, quirks included, so that what passes here passes
 * under Spin: argv is {@code <path> <query split on '&'>} (an empty query still gives an empty
 * second argument); {@code CONTENT_TYPE} is always empty (Spin looks up a header literally named
 * CONTENT_TYPE), so guests should read {@code HTTP_CONTENT_TYPE}; a missing Host makes
 * {@code SERVER_NAME} "default_host".
 */
public final class Wagi {

    /** A WAGI run: the sandbox's result and the HTTP response Spin would have sent. */
    public record Exchange(RunResult run, WagiResponse response) {
    }

    private Wagi() {
    }

    public static Exchange handle(Sandbox sandbox, WasmModule module, WagiRequest request, SandboxLimits limits) {
        RunResult run = sandbox.run(module, guestInput(request), limits);
        return new Exchange(run, respond(run));
    }

    /** The response Spin sends for this run: the guest's CGI output, or a 500 when the guest failed. */
    public static WagiResponse respond(RunResult run) {
        if (!run.ok()) {
            return WagiResponse.error(500, "the guest failed: " + run.summary());
        }
        if (run.stdout().length == 0) {
            return WagiResponse.error(500, "the component did not write to stdout (is it really a WAGI guest?)");
        }
        return parseResponse(run.stdout());
    }

    /** argv, CGI environment and stdin for the request, as Spin builds them. */
    public static GuestInput guestInput(WagiRequest request) {
        List<String> argv = Arrays.asList((request.path() + " " + request.query().replace('&', ' ')).split(" ", -1));
        return new GuestInput(argv, environment(request), request.body());
    }

    static Map<String, String> environment(WagiRequest r) {
        String prefix = routePrefix(r.route());
        String hostHeader = headerValue(r, "host");
        String[] server = serverNameAndPort(hostHeader);
        String rawPathInfo = r.path().startsWith(prefix) ? r.path().substring(prefix.length()) : "";
        String pathAndQuery = r.path() + (r.query().isEmpty() ? "" : "?" + r.query());
        String clientIp = r.clientAddr().contains(":") ? r.clientAddr().substring(0, r.clientAddr().lastIndexOf(':')) : r.clientAddr();

        Map<String, String> env = new LinkedHashMap<>();
        env.put("AUTH_TYPE", "");
        env.put("CONTENT_LENGTH", String.valueOf(r.body().length));
        env.put("CONTENT_TYPE", "");
        env.put("GATEWAY_INTERFACE", "CGI/1.1");
        env.put("QUERY_STRING", r.query());
        env.put("REMOTE_ADDR", clientIp);
        env.put("REMOTE_HOST", clientIp);
        env.put("REMOTE_USER", "");
        env.put("REQUEST_METHOD", r.method().toUpperCase(Locale.ROOT));
        env.put("SCRIPT_NAME", prefix);
        env.put("X_RAW_PATH_INFO", rawPathInfo);
        env.put("PATH_TRANSLATED", URLDecoder.decode(rawPathInfo.replace("+", "%2B"), StandardCharsets.UTF_8));
        env.put("SERVER_NAME", server[0]);
        env.put("SERVER_PORT", server[1]);
        env.put("SERVER_PROTOCOL", "HTTP/1.1");
        env.put("SERVER_SOFTWARE", "WAGI/1");
        r.headers().forEach((name, value) -> {
            String key = "HTTP_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
            if (!key.equals("HTTP_AUTHORIZATION") && !key.equals("HTTP_CONNECTION")) {
                env.put(key, value);
            }
        });
        // Spin's own variables, set last as Spin does
        env.put("PATH_INFO", r.route().endsWith("/...") ? rawPathInfo : "");
        env.put("X_FULL_URL", "http://" + (hostHeader == null ? "localhost" : hostHeader) + pathAndQuery);
        env.put("X_MATCHED_ROUTE", r.route());
        env.put("X_BASE_PATH", "/");
        env.put("X_RAW_COMPONENT_ROUTE", r.route());
        env.put("X_COMPONENT_ROUTE", prefix);
        env.put("X_CLIENT_ADDR", r.clientAddr());
        return env;
    }

    /**
     * Parses CGI output as Spin does: header lines up to the first blank line (CRs ignored),
     * then the body. Content-Type or Location (302 unless a Status is given) or Status is
     * required; a Status that is not a number gives 502.
     */
    public static WagiResponse parseResponse(byte[] stdout) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int bodyStart = -1;
        int last = -1;
        for (int i = 0; i < stdout.length; i++) {
            int b = stdout[i];
            if (b == '\r') {
                continue;
            }
            if (b == '\n' && last == '\n') {
                bodyStart = i + 1;
                break;
            }
            last = b;
            head.write(b);
        }
        if (bodyStart < 0) {
            return WagiResponse.error(500, "Exactly one of 'location' or 'content-type' must be specified (no blank line ended the headers)");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : head.toString(StandardCharsets.UTF_8).strip().split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        int status = 200;
        boolean sufficient = false;
        boolean explicitStatus = false;
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            switch (h.getKey().toLowerCase(Locale.ROOT)) {
                case "status" -> {
                    sufficient = true;
                    explicitStatus = true;
                    status = parseStatus(h.getValue());
                }
                case "location" -> {
                    sufficient = true;
                    out.put(h.getKey(), h.getValue());
                    if (!explicitStatus) {
                        status = 302;
                    }
                }
                case "content-type" -> {
                    sufficient = true;
                    out.put(h.getKey(), h.getValue());
                }
                default -> out.put(h.getKey(), h.getValue());
            }
        }
        if (explicitStatus) {
            // Spin's headers are a hash map: whatever the order, an explicit Status wins over Location's 302
            status = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("status"))
                    .map(e -> parseStatus(e.getValue())).reduce((a, b) -> b).orElseThrow();
        }
        if (!sufficient) {
            return WagiResponse.error(500, "Exactly one of 'location' or 'content-type' must be specified");
        }
        return new WagiResponse(status, out, Arrays.copyOfRange(stdout, bodyStart, stdout.length), "");
    }

    private static int parseStatus(String value) {
        String code = value.contains(" ") ? value.substring(0, value.indexOf(' ')) : value;
        try {
            int status = Integer.parseInt(code);
            return status >= 100 && status <= 999 ? status : 502;
        } catch (NumberFormatException e) {
            return 502;
        }
    }

    private static String routePrefix(String route) {
        if (route.endsWith("/...")) {
            return route.substring(0, route.length() - 4);
        }
        return route;
    }

    private static String headerValue(WagiRequest r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String[] serverNameAndPort(String host) {
        String name = "default_host";
        String port = "80";
        if (host != null) {
            String[] parts = host.split(":", 2);
            if (!parts[0].isEmpty()) {
                name = parts[0];
            }
            if (parts.length == 2 && !parts[1].isEmpty()) {
                port = parts[1];
            }
        }
        return new String[] {name, port};
    }
}
