package io.wasmfit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Verdict;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The SARIF rule descriptors wasmfit reports, and the URI and hashing rules SARIF needs. */
final class SarifRules {

    private SarifRules() {
    }

    static ObjectNode candidateRule(ObjectMapper mapper, String id, Verdict verdict, String level) {
        String word = verdict.key();
        String range = switch (verdict) {
            case STRONG -> "70 or more";
            case POSSIBLE -> "40 to 69";
            case POOR -> "below 40";
        };
        ObjectNode rule = mapper.createObjectNode();
        rule.put("id", id);
        rule.put("name", Character.toUpperCase(word.charAt(0)) + word.substring(1) + "WasmCandidate");
        rule.putObject("shortDescription").put("text", "A " + word + " candidate for a WebAssembly satellite");
        rule.putObject("fullDescription").put("text", "An entry point whose overall fit score is " + range
                + ": it is scored on being event-driven, short-running and using only libraries that work in "
                + "WebAssembly (Fermyon Spin).");
        String help = "wasmfit scores every entry point (HTTP handler, message listener, scheduled job, function) "
                + "on three criteria, 0-100 each: event-driven, short-running and dependencies supported. "
                + "By default overall = 0.4 x event-driven + 0.3 x short-running + 0.3 x dependencies supported, "
                + "and any blocker caps it at 39. Strong (70+) candidates are worth moving to a Spin satellite "
                + "first; 'wasmfit generate --candidate ID' writes one. The result's rank is the overall score.";
        rule.putObject("help").put("text", help).put("markdown", help.replace("'wasmfit generate --candidate ID'",
                "`wasmfit generate --candidate ID`"));
        rule.putObject("defaultConfiguration").put("level", level);
        rule.putObject("properties").putArray("tags").add("webassembly").add("spin").add("wasmfit");
        return rule;
    }

    static ObjectNode blockerRule(ObjectMapper mapper, Blocker example) {
        ObjectNode rule = mapper.createObjectNode();
        rule.put("id", example.ruleId());
        rule.putObject("shortDescription").put("text", "Blocks running as WebAssembly: " + example.ruleId());
        rule.putObject("fullDescription").put("text", "Code that cannot run in a WebAssembly satellite until it "
                + "is redesigned, for example: " + example.message());
        String help = "A blocker is code that stops an entry point from running as a WebAssembly (Fermyon Spin) "
                + "satellite as it is: threads, long-lived connections, file system or process access, or a library "
                + "with no Wasm path. Any blocker caps the candidate's overall score at 39. Redesign the blocking "
                + "code or keep this entry point in the monolith. The id " + example.ruleId() + " names a rule of a "
                + "rule pack ('wasmfit rules list'), or, as catalog:..., an entry of the library catalog ('wasmfit matrix').";
        rule.putObject("help").put("text", help);
        rule.putObject("defaultConfiguration").put("level", "warning");
        rule.putObject("properties").putArray("tags").add("webassembly").add("blocker").add("wasmfit");
        return rule;
    }

    /** A relative path as a URI reference: every byte outside RFC 3986's path characters percent-encoded. */
    static String uriReference(String path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if (ch < 0x80 && (Character.isLetterOrDigit(ch) || "-._~!$&'()*+,;=:@/".indexOf(ch) >= 0)) {
                out.append(ch);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        // a first segment with ':' would read as a scheme
        String uri = out.toString();
        int colon = uri.indexOf(':');
        int slash = uri.indexOf('/');
        return colon >= 0 && (slash < 0 || colon < slash) ? "./" + uri : uri;
    }

    /** The scanned folder as an absolute {@code file:} URI ending in '/', if it is a usable path. */
    static Optional<String> directoryUri(String root) {
        if (root == null || root.isBlank()) {
            return Optional.empty();
        }
        try {
            String uri = Path.of(root).toAbsolutePath().normalize().toUri().toASCIIString();
            return Optional.of(uri.endsWith("/") ? uri : uri + "/");
        } catch (InvalidPathException | java.io.IOError | SecurityException e) {
            return Optional.empty();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
