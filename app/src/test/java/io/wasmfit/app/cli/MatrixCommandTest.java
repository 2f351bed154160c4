package io.wasmfit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class MatrixCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void printsTheWholeMatrixWithOneColumnPerLanguage() {
        assertThat(run("matrix")).isEqualTo(0);
        String text = out.toString();
        assertThat(text).contains("Java (TeaVM)", "Rust", "TypeScript/JS", "Python", "Go (TinyGo)");
        assertThat(line(text, "  Redis trigger ")).matches("\\s+Redis trigger\\s+no\\s+yes\\s+no\\s+yes\\s+yes");
        assertThat(line(text, "  MQTT messaging ")).matches("\\s+MQTT messaging\\s+no\\s+yes\\s+yes\\s+no\\s+no");
        assertThat(line(text, "  HTTP trigger ")).matches("\\s+HTTP trigger\\s+yes\\*\\s+yes\\s+yes\\s+yes\\s+yes");
        assertThat(line(text, "  Cron trigger (plugin) ")).matches("\\s+Cron trigger \\(plugin\\)\\s+no\\s+yes\\*\\s+\\?\\*?\\s+yes\\*\\s+\\?\\*?");
        assertThat(text).contains("Triggers", "APIs", "Extensibility", "no Spin SDK");
        assertThat(text).contains("Source: https://spinframework.dev/v3/language-support-overview").containsPattern("As of:  \\d{4}-\\d{2}-\\d{2}");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void oneLanguageShowsItsNotes() {
        assertThat(run("matrix", "--language", "java")).isEqualTo(0);
        String text = out.toString();
        assertThat(text).startsWith("Java (TeaVM) (java): TeaVM 0.13.1 WASI target");
        assertThat(line(text, "  HTTP trigger ")).contains("yes").contains("WAGI executor");
        assertThat(line(text, "  Key-value store ")).matches("\\s+Key-value store\\s+no");
        assertThat(text).contains("Supported: HTTP trigger\n");
        assertThat(text).doesNotContain("TypeScript/JS");
    }

    @Test
    void theLanguageKeyIgnoresCase() {
        assertThat(run("matrix", "--language", "TypeScript")).isEqualTo(0);
        assertThat(line(out.toString(), "  Redis trigger ")).matches("\\s+Redis trigger\\s+no");
        assertThat(line(out.toString(), "  MQTT messaging ")).matches("\\s+MQTT messaging\\s+yes");
    }

    @Test
    void anUnknownLanguageIsBadInput() {
        assertThat(run("matrix", "--language", "cobol")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown language 'cobol'").contains("java, rust, typescript, python, go");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("matrix");
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in:\n" + text));
    }
}
