package io.wasmfit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code wasmfit-report.json} (and {@code wasmfit-portfolio.json}). Output is deterministic: the same report gives the
 * same bytes on every platform (fields in declaration order, map keys sorted, '\n' line ends).
 */
public final class ReportJson {

    public static final String FILE_NAME = "wasmfit-report.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ReportJson() {
    }

    /** The mapper reports are read and written with, for other documents made of report parts. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Report report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be serialised", e);
        }
    }

    public static void write(Report report, Path file) throws IOException {
        Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
    }

    public static Report fromJson(String json) throws InvalidReportException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidReportException("not a JSON document: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject() || !tree.has("schemaVersion")) {
            throw new InvalidReportException("not a wasmfit report (no schemaVersion)");
        }
        int version = tree.get("schemaVersion").asInt(-1);
        if (version != Report.SCHEMA_VERSION) {
            throw new InvalidReportException("report schema version " + tree.get("schemaVersion")
                    + " is not supported by this wasmfit (it reads version " + Report.SCHEMA_VERSION
                    + "); scan again with this version");
        }
        try {
            return MAPPER.treeToValue(tree, Report.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidReportException("malformed wasmfit report: " + e.getMessage());
        }
    }

    public static String toJson(Portfolio portfolio) {
        try {
            return WRITER.writeValueAsString(portfolio) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("portfolio could not be serialised", e);
        }
    }

    public static void write(Portfolio portfolio, Path file) throws IOException {
        Files.writeString(file, toJson(portfolio), StandardCharsets.UTF_8);
    }

    public static Portfolio readPortfolio(Path file) throws InvalidReportException {
        try {
            return MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Portfolio.class);
        } catch (IOException e) {
            throw new InvalidReportException("cannot read portfolio " + file + ": " + e.getMessage());
        }
    }

    public static Report read(Path file) throws InvalidReportException {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidReportException("cannot read " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InvalidReportException("cannot read " + file + ": " + e.getCause().getMessage());
        }
    }

    /** A report file that wasmfit cannot use, with a message for the user. */
    public static final class InvalidReportException extends Exception {
        public InvalidReportException(String message) {
            super(message);
        }
    }
}
