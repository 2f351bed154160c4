package io.wasmfit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP response Spin would send for a WAGI guest's output.
 *
 * @param status  the HTTP status
 * @param headers response headers as the guest wrote them (Status excluded), in order
 * @param body    the response body
 * @param problem why Spin would answer with an error instead of the guest's response
 *                (the guest failed, wrote nothing, or gave neither Content-Type nor Location);
 *                "" when the guest's response stands
 */
public record WagiResponse(int status, Map<String, String> headers, byte[] body, String problem) {

    public WagiResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body.clone();
    }

    static WagiResponse error(int status, String problem) {
        return new WagiResponse(status, Map.of(), problem.getBytes(StandardCharsets.UTF_8), problem);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first header with this name, ignoring case, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
