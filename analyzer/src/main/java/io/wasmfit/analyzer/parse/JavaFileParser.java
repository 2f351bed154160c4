package io.wasmfit.analyzer.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;

import io.wasmfit.analyzer.facts.FileFacts;

/**
 * Parses one Java file and extracts its facts. Not thread-safe (JavaParser instances are not):
 * use one per thread. Every failure becomes a problem of the file; nothing is thrown.
 */
public final class JavaFileParser {

    /** The newest Java language level this JavaParser knows, without preview features. */
    public static final LanguageLevel LANGUAGE_LEVEL = newestLevel();

    private final JavaParser parser;
    private final long maxBytes;

    public JavaFileParser(long maxBytes) {
        this.maxBytes = maxBytes;
        this.parser = new JavaParser(configuration());
    }

    /**
     * What the analysis needs and nothing more: the newest grammar, no comments attributed (tokens
     * stay: node lines come from them) and none of JavaParser's pre- and post-processing. Its
     * language-level validators re-walk each tree dozens of times (a third of the parse time on a
     * large corpus) only to reject code that javac rejects too; the other processors attribute
     * comments, detect line separators or set up printers, none of which the facts use. The one
     * post-processing step that matters, turning {@code var} into a var type, is
     * {@link FactExtractor#isVar}. (The RAW language level would skip them too, but it also turns
     * off {@code yield}.)
     */
    public static ParserConfiguration configuration() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(LANGUAGE_LEVEL)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false)
                .setDetectOriginalLineSeparator(false);
        configuration.getProcessors().clear();
        return configuration;
    }

    /** The outcome of one file: facts (null when it could not be analysed) and problems. */
    public record Outcome(FileFacts facts, List<io.wasmfit.model.Problem> problems) {
        public boolean parsed() {
            return facts != null;
        }
    }

    /** Reads (unless it is too large) and parses a file. */
    public Outcome parse(Path file, String relativePath) {
        try {
            long size = Files.size(file);
            return size > maxBytes ? tooLarge(relativePath, size) : parse(Files.readAllBytes(file), relativePath);
        } catch (IOException e) {
            return unreadable(relativePath, e);
        }
    }

    public Outcome tooLarge(String relativePath, long size) {
        return decoded(SourceText.tooLarge(size, maxBytes), relativePath);
    }

    public static Outcome unreadable(String relativePath, IOException e) {
        return new Outcome(null, List.of(new io.wasmfit.model.Problem(relativePath, 0, "cannot read: " + describe(e))));
    }

    public boolean tooLarge(long size) {
        return size > maxBytes;
    }

    /** Parses content already read (the cache reads each file once, to hash it). */
    public Outcome parse(byte[] content, String relativePath) {
        return decoded(SourceText.decode(content), relativePath);
    }

    private Outcome decoded(SourceText source, String relativePath) {
        List<io.wasmfit.model.Problem> problems = new ArrayList<>();
        if (source.note() != null) {
            problems.add(new io.wasmfit.model.Problem(relativePath, source.line(), source.note()));
        }
        if (source.refused()) {
            return new Outcome(null, problems);
        }
        try {
            ParseResult<CompilationUnit> result = parser.parse(source.text());
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
                int line = first == null ? 0 : first.getLocation()
                        .flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
                String message = first == null ? "unknown parse error" : firstLine(first.getMessage());
                int more = Math.max(0, result.getProblems().size() - 1);
                problems.add(new io.wasmfit.model.Problem(relativePath, line, "does not parse as Java "
                        + LANGUAGE_LEVEL.name().replace("JAVA_", "") + ": " + message
                        + (more > 0 ? " (and " + more + " more)" : "")));
                return new Outcome(null, problems);
            }
            return new Outcome(FactExtractor.extract(result.getResult().get(), relativePath), problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new io.wasmfit.model.Problem(relativePath, 0, "could not be analysed: " + e));
            return new Outcome(null, problems);
        }
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static LanguageLevel newestLevel() {
        LanguageLevel best = LanguageLevel.JAVA_17;
        int bestVersion = 17;
        for (LanguageLevel level : LanguageLevel.values()) {
            if (level.name().matches("JAVA_\\d+")) {
                int version = Integer.parseInt(level.name().substring("JAVA_".length()));
                if (version > bestVersion) {
                    best = level;
                    bestVersion = version;
                }
            }
        }
        return best;
    }
}
