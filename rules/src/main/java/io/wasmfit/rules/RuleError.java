package io.wasmfit.rules;

/** A problem in a rule file, at a 1-based line and column (0 when the whole file is concerned). */
public record RuleError(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
