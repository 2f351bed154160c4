package io.wasmfit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code wasmfit run} end to end: real modules (built with wat2wasm), a real worker, the exit codes of the CLI contract. */
class RunCommandTest {

    @TempDir
    static Path dir;

    private static Path echo;
    private static Path trap;
    private static Path loop;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void buildModules() throws IOException, InterruptedException {
        echo = wat("echo", """
                (module
                  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
                  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
                  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
                  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
                  (memory (export "memory") 1)
                  ;; prints stdin, then the NUL-separated argv and environment buffers as they are
                  (func (export "_start")
                    (i32.store (i32.const 0) (i32.const 1024))
                    (i32.store (i32.const 4) (i32.const 1024))
                    (drop (call $read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
                    (i32.store (i32.const 4) (i32.load (i32.const 8)))
                    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                    (drop (call $args_get (i32.const 4096) (i32.const 8192)))
                    (drop (call $environ_get (i32.const 12288) (i32.const 16384)))
                    (i32.store (i32.const 0) (i32.const 8192))
                    (i32.store (i32.const 4) (i32.const 64))
                    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                    (i32.store (i32.const 0) (i32.const 16384))
                    (drop (call $write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 8)))))
                """);
        trap = wat("trap", "(module (memory (export \"memory\") 1) (func (export \"_start\") unreachable))");
        loop = wat("loop", "(module (memory (export \"memory\") 1) (func (export \"_start\") (loop $l (br $l))))");
    }

    private int run(String... args) {
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void aGuestRunsWithItsArgumentsEnvironmentAndStdinAndExitsZero() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "from stdin|");

        int code = run("run", echo.toString(), "--arg", "one", "--env", "K=V", "--stdin", input.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("from stdin|echo.wasm\0one\0");
        assertThat(err.toString()).startsWith("K=V\0");
    }

    @Test
    void jsonHasTheOutcomeOutputAndMetrics() throws IOException {
        int code = run("run", echo.toString(), "--arg", "x", "--runtime", "chicory", "--json");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("outcome").asText()).isEqualTo("ok");
        assertThat(json.get("runtime").asText()).isEqualTo("chicory");
        assertThat(json.get("exitCode").asInt()).isZero();
        assertThat(json.get("stdout").asText()).startsWith("echo.wasm\0x\0");
        assertThat(json.get("metrics").get("moduleBytes").asLong()).isEqualTo(Files.size(echo));
        assertThat(json.get("metrics").get("peakMemoryBytes").asLong()).isEqualTo(65_536);
        assertThat(json.get("metrics").get("compileMs").asDouble()).isPositive();
    }

    @Test
    void aTrapIsExitCodeOneWithTheCause() {
        int code = run("run", trap.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("trap.wasm: trap: the guest trapped: unreachable code reached");
    }

    @Test
    void aLimitIsExitCodeOne() {
        int code = run("run", loop.toString(), "--timeout-ms", "200");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cpu time limit: the guest used up its CPU time");
    }

    @Test
    void aMissingModuleIsBadInput() {
        int code = run("run", dir.resolve("nope.wasm").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("nope.wasm: no such file");
    }

    @Test
    void aFileThatIsNotWasmIsBadInputWithTheReason() throws IOException {
        Path text = Files.writeString(dir.resolve("readme.wasm"), "# not wasm");

        int code = run("run", text.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("readme.wasm: invalid module: not a WebAssembly module");
    }

    @Test
    void aMalformedEnvOptionIsBadUsage() {
        int code = run("run", echo.toString(), "--env", "NOEQUALS");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--env NOEQUALS: expected NAME=VALUE");
    }

    @Test
    void anUnknownRuntimeIsBadUsage() {
        assertThat(run("run", echo.toString(), "--runtime", "v8")).isEqualTo(2);
    }

    private static Path wat(String name, String text) throws IOException, InterruptedException {
        Path source = Files.writeString(dir.resolve(name + ".wat"), text);
        Path target = dir.resolve(name + ".wasm");
        Process p = new ProcessBuilder("wat2wasm", source.toString(), "-o", target.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("wat2wasm (Debian's wabt): " + output).isTrue();
        return target;
    }
}
