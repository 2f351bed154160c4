package io.wasmfit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP request for a WAGI guest.
 *
 * @param method     e.g. GET
 * @param path       the URL path, e.g. {@code /api/quote}
 * @param query      the raw query without '?', "" for none
 * @param headers    request headers by name, in order
 * @param body       the request body (the guest's stdin)
 * @param route      the component's route in spin.toml, e.g. {@code /api/...} or {@code /quote}
 * @param clientAddr the client's address as "ip:port"
 */
public record WagiRequest(String method, String path, String query, Map<String, String> headers, byte[] body,
                          String route, String clientAddr) {

    public WagiRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body.clone();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("the path must start with '/': " + path);
        }
    }

    /** A request for {@code pathAndQuery} (e.g. {@code /quote?sku=a&qty=2}) on a route equal to its path. */
    public static WagiRequest of(String method, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        return new WagiRequest(method, path, query, Map.of(), new byte[0], path, "127.0.0.1:0");
    }

    public WagiRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WagiRequest(method, path, query, more, body, route, clientAddr);
    }

    public WagiRequest withBody(byte[] bytes) {
        return new WagiRequest(method, path, query, headers, bytes, route, clientAddr);
    }

    public WagiRequest withBody(String text) {
        return withBody(text.getBytes(StandardCharsets.UTF_8));
    }

    public WagiRequest withRoute(String spinRoute) {
        return new WagiRequest(method, path, query, headers, body, spinRoute, clientAddr);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
