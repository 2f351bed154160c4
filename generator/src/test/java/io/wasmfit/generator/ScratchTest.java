package io.wasmfit.generator;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wasmfit.generator.build.BuildListener;
import io.wasmfit.generator.build.BuildResult;
import io.wasmfit.generator.build.SatelliteBuilder;
import io.wasmfit.generator.compare.CaseOutcome;
import io.wasmfit.generator.compare.CompareRunner;
import io.wasmfit.generator.compare.Comparison;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.sandbox.SandboxLimits;
import io.wasmfit.sandbox.SandboxOptions;

class ScratchTest {
    @Test
    void generateAll() throws Exception {
        LanguageSupport any = new LanguageSupport() {
            public boolean supports(TargetLanguage l, String f) { return true; }
            public List<TargetLanguage> languagesSupporting(String f) { return List.of(TargetLanguage.RUST); }
        };
        String only = System.getProperty("only", "");
        for (String id : ShopExample.STRONG_HTTP) {
            if (!id.contains(only)) continue;
            Path out = Path.of("/tmp/sat/" + id.replaceAll("[^A-Za-z]", "_"));
            io.wasmfit.generator.java.JavaSatelliteTestSupport.delete(out);
            Satellite s = new SatelliteGenerator(any).generate(ShopExample.report(), id, null, out, false);
            BuildResult b = SatelliteBuilder.build(out, BuildListener.NONE);
            System.out.println("== " + id + " build ok=" + b.ok() + " size=" + b.wasmBytes() + " javac=" + b.javacMs() + " teavm=" + b.teavmMs() + " " + b.problems());
            Comparison c = new CompareRunner(SandboxOptions.defaults(), SandboxLimits.defaults()).compare(out, null, 40);
            System.out.println("   equal " + c.equalCount() + "/" + c.cases().size() + " jvmCold=" + c.jvmColdStartMs() + " jvmFirst=" + c.jvmFirstAnswerMs() + " heap=" + c.jvmHeapBytes() + " wasmFirst=" + c.wasmFirstMs() + " wasmWarm=" + c.wasmWarmMedianMs() + " wasmMem=" + c.wasmMemoryBytes() + " wasm=" + c.wasmBytes() + " jar=" + c.jarBytes());
            for (CaseOutcome o : c.cases()) {
                if (!o.equal()) System.out.println("   DIFF " + o.request().name() + ": " + o.difference());
            }
        }
    }
}
