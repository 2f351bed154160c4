package io.wasmfit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.MemoryLimits;

class ModuleInspectorTest {

    private static final long CAP = 64; // pages: 4 MiB

    @Test
    void aTextFileIsNotAWasmModuleAndTheMessageShowsWhatItStartsWith() {
        var inspection = ModuleInspector.inspect("hello world, not wasm".getBytes(StandardCharsets.UTF_8), CAP);

        assertThat(inspection.refusal()).isEqualTo(RunOutcome.INVALID_MODULE);
        assertThat(inspection.message()).startsWith("not a WebAssembly module: it starts with 68 65 6c 6c (\"hello world, not")
                .contains("00 61 73 6d");
    }

    @Test
    void anEmptyFileIsNotAWasmModule() {
        assertThat(ModuleInspector.inspect(new byte[0], CAP).message()).contains("the file is empty");
    }

    @Test
    void aComponentIsRecognisedAndRefused() {
        byte[] component = {0, 'a', 's', 'm', 0x0d, 0, 1, 0};

        assertThat(ModuleInspector.inspect(component, CAP).message()).contains("component-model component");
    }

    @Test
    void aTruncatedModuleSaysWhichSectionIsCutAndWhere() {
        byte[] echo = TestModules.bytes("echo");
        byte[] cut = Arrays.copyOf(echo, echo.length - 40);

        var inspection = ModuleInspector.inspect(cut, CAP);

        assertThat(inspection.refusal()).isEqualTo(RunOutcome.INVALID_MODULE);
        assertThat(inspection.message()).startsWith("truncated module: section 10 (code) at byte ").contains("only");
    }

    @Test
    void unknownImportsAreListedWithTheirModules() {
        var inspection = ModuleInspector.inspect(TestModules.bytes("imports"), CAP);

        assertThat(inspection.refusal()).isEqualTo(RunOutcome.UNKNOWN_IMPORTS);
        assertThat(inspection.unknownImports()).containsExactly("env::now_millis", "fermyon:spin/http::send-request");
        assertThat(inspection.message()).contains("2 import(s)").contains("env::now_millis");
    }

    @Test
    void aModuleWithoutStartIsNotACommand() {
        var inspection = ModuleInspector.inspect(TestModules.bytes("nostart"), CAP);

        assertThat(inspection.refusal()).isEqualTo(RunOutcome.MISSING_START);
        assertThat(inspection.message()).contains("`_start`");
    }

    @Test
    void aModuleDeclaringMoreMemoryThanTheCapIsRefused() {
        var inspection = ModuleInspector.inspect(TestModules.bytes("bigmin"), CAP);

        assertThat(inspection.refusal()).isEqualTo(RunOutcome.MEMORY_LIMIT);
        assertThat(inspection.message()).isEqualTo("the module declares 64 MiB of memory up front, more than the 4 MiB limit");
    }

    @Test
    void theMemoryMaximumIsLoweredToTheCapAndTheRestOfTheModuleIsKept() {
        byte[] original = TestModules.bytes("echo");

        var inspection = ModuleInspector.inspect(original, CAP);

        assertThat(inspection.refused()).isFalse();
        var module = Parser.parse(inspection.runnable());
        MemoryLimits limits = module.memorySection().orElseThrow().getMemory(0).limits();
        assertThat(limits.initialPages()).isEqualTo(2);
        assertThat(limits.maximumPages()).isEqualTo(CAP);
        assertThat(module.codeSection().functionBodyCount()).isEqualTo(Parser.parse(original).codeSection().functionBodyCount());
    }

    @Test
    void aDeclaredMaximumBelowTheCapIsKept() {
        byte[] cappedAtTen = ModuleInspector.inspect(TestModules.bytes("echo"), 10).runnable();

        var module = Parser.parse(ModuleInspector.inspect(cappedAtTen, 1000).runnable());

        assertThat(module.memorySection().orElseThrow().getMemory(0).limits().maximumPages()).isEqualTo(10);
    }
}
