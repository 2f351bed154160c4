package io.wasmfit.generator.compare;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request both sides of a comparison answer.
 *
 * @param name   what it tests, for the report
 * @param origin where it came from: the user's file, the repository's tests, or the parameter types
 * @param query  the raw query string ("" for none)
 */
public record RequestCase(String name, Origin origin, String method, String path, String query, Map<String, String> headers,
                          byte[] body) {

    public enum Origin { USER, TESTS, GENERATED }

    public RequestCase {
        headers = new LinkedHashMap<>(headers);
        body = body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The request line and body, to tell cases apart. */
    String identity() {
        return method + " " + path + "?" + query + " " + headers + " " + bodyText();
    }
}
