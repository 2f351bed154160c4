package io.wasmfit.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.wasmfit.matrix.Feature;
import io.wasmfit.matrix.Language;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.Support;
import io.wasmfit.matrix.TargetLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code wasmfit matrix [--language L]}: which Spin features each satellite language can use. */
@Command(name = "matrix",
        mixinStandardHelpOptions = true,
        description = {"Prints which Spin features each satellite language can use: Spin's language support matrix"
            + " (Rust, TypeScript/JS, Python, TinyGo) plus Java through TeaVM and the WAGI executor."})
public final class MatrixCommand implements Callable<Integer> {

    private static final String LEGEND = "yes = supported, no = not supported, ? = unknown (never assumed),"
            + " * = see the language's notes";

    @Spec
    private CommandSpec spec;

    @Option(names = "--language", paramLabel = "L", converter = LanguageConverter.class,
            description = "Only this language, with its notes: java, rust, typescript, python or go.")
    private TargetLanguage language;

    @Override
    public Integer call() {
        LanguageMatrix matrix = LanguageMatrix.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        if (language == null) {
            printTable(matrix, out);
        } else {
            Language lang = matrix.language(language).orElseThrow(() -> new UserInputException(
                    "the language matrix has no column for '" + language.key() + "'"));
            printLanguage(matrix, lang, out);
        }
        out.println();
        out.println("Source: " + String.join("\n        ", matrix.sources()));
        out.println("As of:  " + matrix.asOf());
        out.flush();
        return ExitCode.OK.code();
    }

    private static void printTable(LanguageMatrix matrix, PrintWriter out) {
        List<Language> languages = matrix.languages();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Feature"));
        languages.forEach(l -> header.add(l.name()));
        rows.add(header);
        for (Feature feature : matrix.features()) {
            List<String> row = new ArrayList<>(List.of(featureLabel(feature)));
            for (Language l : languages) {
                row.add(symbol(l.support(feature.id())) + (l.note(feature.id()).isPresent() ? "*" : ""));
            }
            rows.add(row);
        }
        out.println("Spin features by satellite language (" + LEGEND + ")");
        out.println();
        int[] widths = widths(rows);
        Feature.Kind kind = null;
        printRow(out, rows.get(0), widths);
        for (int i = 0; i < matrix.features().size(); i++) {
            Feature feature = matrix.features().get(i);
            if (feature.kind() != kind) {
                kind = feature.kind();
                out.println(heading(kind));
            }
            printRow(out, rows.get(i + 1), widths);
        }
        out.println();
        for (Language l : languages) {
            if (l.note() != null) {
                out.println(l.name() + ": " + l.note());
            }
        }
        out.println("Notes per feature: wasmfit matrix --language <" + String.join("|", keys(languages)) + ">");
    }

    private static void printLanguage(LanguageMatrix matrix, Language lang, PrintWriter out) {
        out.println(lang.name() + " (" + lang.target().key() + "): " + lang.sdk());
        if (lang.note() != null) {
            out.println(lang.note());
        }
        if (lang.link() != null) {
            out.println("Reference: " + lang.link());
        }
        int width = matrix.features().stream().mapToInt(f -> featureLabel(f).length()).max().orElse(0);
        Feature.Kind kind = null;
        for (Feature feature : matrix.features()) {
            if (feature.kind() != kind) {
                kind = feature.kind();
                out.println();
                out.println(heading(kind));
            }
            String line = "  " + pad(featureLabel(feature), width) + "  " + pad(symbol(lang.support(feature.id())), 3);
            out.println((line + lang.note(feature.id()).map(n -> "  " + n).orElse("")).stripTrailing());
        }
        out.println();
        List<String> supported = matrix.features().stream().filter(f -> lang.support(f.id()) == Support.SUPPORTED)
                .map(Feature::name).toList();
        out.println("Supported: " + (supported.isEmpty() ? "nothing" : String.join(", ", supported)));
    }

    private static String featureLabel(Feature feature) {
        return feature.name() + (feature.isPlugin() ? " (plugin)" : "");
    }

    private static String heading(Feature.Kind kind) {
        return switch (kind) {
            case TRIGGER -> "Triggers";
            case API -> "APIs";
            case EXTENSIBILITY -> "Extensibility";
        };
    }

    private static String symbol(Support support) {
        return switch (support) {
            case SUPPORTED -> "yes";
            case NOT_SUPPORTED -> "no";
            case UNKNOWN -> "?";
        };
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        return widths;
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            line.append(pad(cells.get(c), widths[c])).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static List<String> keys(List<Language> languages) {
        return languages.stream().map(l -> l.target().key()).toList();
    }

    /** Turns {@code --language} text into a language, with the list of valid keys on a typo (exit 2). */
    static final class LanguageConverter implements ITypeConverter<TargetLanguage> {
        @Override
        public TargetLanguage convert(String value) {
            try {
                return TargetLanguage.fromKey(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
