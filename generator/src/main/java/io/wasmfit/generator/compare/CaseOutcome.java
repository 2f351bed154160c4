package io.wasmfit.generator.compare;

/**
 * The two answers to one request.
 *
 * @param jvm        the original's full CGI response on the JVM
 * @param wasm       the satellite's full CGI response in the sandbox (its stdout), or the sandbox's
 *                   summary when the guest trapped or hit a limit
 * @param wasmFailed true when the guest did not finish (trap, limit...): always a mismatch
 * @param difference where the answers first differ, "" when equal
 */
public record CaseOutcome(RequestCase request, String jvm, String wasm, boolean wasmFailed, String difference) {

    public boolean equal() {
        return difference.isEmpty();
    }

    static String firstDifference(String a, String b) {
        if (a.equals(b)) {
            return "";
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return "at character " + i + ": JVM «" + excerpt(a, i) + "» vs Wasm «" + excerpt(b, i) + "»";
    }

    private static String excerpt(String s, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(s.length(), at + 40);
        return (from > 0 ? "…" : "") + s.substring(from, to).replace("\n", "\\n") + (to < s.length() ? "…" : "");
    }
}
