package io.wasmfit.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON text against a JSON Schema file (networknt; the schema's own $schema picks the draft). */
final class SchemaValidator {

    private final Schema schema;

    private SchemaValidator(String schemaText) {
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
    }

    static SchemaValidator fromFile(Path file) throws IOException {
        return new SchemaValidator(Files.readString(file, StandardCharsets.UTF_8));
    }

    static SchemaValidator fromResource(String name) throws IOException {
        try (var in = SchemaValidator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new SchemaValidator(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The violations, each as "location: message"; empty when the document is valid. */
    List<String> errors(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
