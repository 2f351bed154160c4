package io.wasmfit.analyzer.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wasmfit.analyzer.TestProjects;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.analyzer.workspace.SourceWalker;
import io.wasmfit.analyzer.workspace.WorkspaceFiles;
import io.wasmfit.model.Problem;

/** Every field of every fact survives the cache's binary form: a field the codec forgets fails here. */
class FactsCodecTest {

    @Test
    void theExamplesFactsRoundTripExactly() throws Exception {
        WorkspaceFiles files = SourceWalker.walk(TestProjects.exampleShop());
        JavaFileParser parser = new JavaFileParser(10 << 20);
        List<FileFacts> facts = new ArrayList<>();
        for (Path f : files.javaFiles()) {
            facts.add(parser.parse(f, files.relative(f)).facts());
        }
        FactsCodec.Writer w = new FactsCodec.Writer();
        for (FileFacts f : facts) {
            w.file(f);
        }
        w.problems(List.of(new Problem("a/B.java", 3, "not valid UTF-8 (line 3); read as windows-1252")));
        FactsCodec.Reader r = new FactsCodec.Reader(w.toByteArray());
        for (FileFacts f : facts) {
            assertThat(r.file()).isEqualTo(f);
        }
        assertThat(r.problems()).containsExactly(new Problem("a/B.java", 3, "not valid UTF-8 (line 3); read as windows-1252"));
    }

    /** The rule fixtures hold every kind of call argument: lambdas, method references, anonymous classes, constants. */
    @Test
    void theRuleFixturesFactsRoundTripExactly() throws Exception {
        WorkspaceFiles files = SourceWalker.walk(Path.of("src/test/resources/rules"));
        JavaFileParser parser = new JavaFileParser(10 << 20);
        List<FileFacts> facts = new ArrayList<>();
        for (Path f : files.javaFiles()) {
            facts.add(parser.parse(f, files.relative(f)).facts());
        }
        assertThat(facts).hasSizeGreaterThan(100);
        FactsCodec.Writer w = new FactsCodec.Writer();
        for (FileFacts f : facts) {
            w.file(f);
        }
        FactsCodec.Reader r = new FactsCodec.Reader(w.toByteArray());
        for (FileFacts f : facts) {
            assertThat(r.file()).isEqualTo(f);
        }
        assertThat(r.atEnd()).isTrue();
    }

    @Test
    void truncatedFactsAreAnErrorNotGarbage() throws Exception {
        WorkspaceFiles files = SourceWalker.walk(TestProjects.exampleShop());
        Path first = files.javaFiles().get(0);
        FactsCodec.Writer w = new FactsCodec.Writer();
        w.file(new JavaFileParser(10 << 20).parse(first, files.relative(first)).facts());
        byte[] bytes = w.toByteArray();
        FactsCodec.Reader r = new FactsCodec.Reader(java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThatThrownBy(r::file).isInstanceOf(java.io.EOFException.class);
    }
}
