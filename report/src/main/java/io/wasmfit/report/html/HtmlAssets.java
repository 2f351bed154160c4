package io.wasmfit.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report page's own stylesheet and script, inlined so the page works from {@code file://} with no
 * network. Their SHA-256 hashes go into the page's Content-Security-Policy: a script or style that
 * is not exactly one of these never runs, even if some scanned string slipped past escaping.
 */
public record HtmlAssets(String css, String js) {

    private static final HtmlAssets BUILT_IN = new HtmlAssets(resource("report.css"), resource("report.js"));

    public static HtmlAssets builtIn() {
        return BUILT_IN;
    }

    /** The value of the page's {@code Content-Security-Policy} meta tag. */
    public String contentSecurityPolicy() {
        return "default-src 'none'; img-src data:; style-src '" + sha256(css) + "'; script-src '" + sha256(js)
                + "'; base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlAssets.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
