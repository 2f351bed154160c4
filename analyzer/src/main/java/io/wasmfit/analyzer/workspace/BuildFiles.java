package io.wasmfit.analyzer.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import io.wasmfit.model.Problem;

/**
 * Reads the libraries a workspace declares, so that the types a candidate touches can be tied to
 * Maven coordinates: Maven {@code pom.xml} (dependencies and dependencyManagement, with
 * {@code ${property}} versions), Gradle {@code build.gradle(.kts)} string and map notations, and
 * Gradle version catalogs. Test-only dependencies are left out. Nothing is downloaded or built.
 */
public final class BuildFiles {

    private static final Pattern GRADLE_STRING = Pattern.compile(
            "\\b(implementation|api|compileOnly|runtimeOnly|compile|runtime|annotationProcessor|kapt)\\s*\\(?\\s*(?:platform\\s*\\()?\\s*[\"']([\\w.-]+):([\\w.-]+)(?::([\\w.${}-]+))?[^\"']*[\"']");
    private static final Pattern GRADLE_MAP = Pattern.compile(
            "\\b(implementation|api|compileOnly|runtimeOnly|compile|runtime)\\s*\\(?\\s*group\\s*[:=]\\s*[\"']([\\w.-]+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([\\w.-]+)[\"'](?:\\s*,\\s*version\\s*[:=]\\s*[\"']([\\w.${}-]+)[\"'])?");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** Declared dependencies and the problems met while reading build files. */
    public record Result(List<BuildDependency> dependencies, List<Problem> problems) {
        public Result {
            dependencies = List.copyOf(dependencies);
            problems = List.copyOf(problems);
        }
    }

    private BuildFiles() {
    }

    public static Result read(WorkspaceFiles files) {
        List<BuildDependency> deps = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files.buildFiles()) {
            String rel = files.relative(file);
            String name = file.getFileName().toString();
            try {
                if (name.equals("pom.xml")) {
                    deps.addAll(pom(file, rel));
                } else if (name.endsWith(".toml")) {
                    deps.addAll(versionCatalog(file, rel));
                } else {
                    deps.addAll(gradle(Files.readString(file, StandardCharsets.UTF_8), rel));
                }
            } catch (IOException | SAXException | RuntimeException e) {
                problems.add(new Problem(rel, 0, "build file not understood (" + e.getMessage()
                        + "); its dependencies were not read"));
            }
        }
        deps.sort(java.util.Comparator.comparing(BuildDependency::coordinates).thenComparing(BuildDependency::file));
        return new Result(deps, problems);
    }

    static List<BuildDependency> pom(Path file, String rel) throws IOException, SAXException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = secureBuilder().parse(in);
        }
        Element project = doc.getDocumentElement();
        Map<String, String> props = new HashMap<>();
        Element properties = child(project, "properties");
        if (properties != null) {
            NodeList list = properties.getChildNodes();
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element e) {
                    props.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        String version = text(project, "version");
        if (version == null && child(project, "parent") != null) {
            version = text(child(project, "parent"), "version");
        }
        if (version != null) {
            props.put("project.version", version);
        }
        List<BuildDependency> out = new ArrayList<>();
        collectDependencies(child(project, "dependencies"), props, rel, out);
        Element management = child(project, "dependencyManagement");
        if (management != null) {
            collectDependencies(child(management, "dependencies"), props, rel, out);
        }
        return out;
    }

    private static void collectDependencies(Element dependencies, Map<String, String> props, String rel,
                                            List<BuildDependency> out) {
        if (dependencies == null) {
            return;
        }
        NodeList list = dependencies.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element dep && dep.getTagName().equals("dependency")) {
                String scope = text(dep, "scope");
                String type = text(dep, "type");
                if ("test".equals(scope) || "import".equals(scope) || "pom".equals(type)) {
                    continue;
                }
                String group = expand(text(dep, "groupId"), props);
                String artifact = expand(text(dep, "artifactId"), props);
                if (group != null && artifact != null) {
                    out.add(new BuildDependency(group, artifact, expand(text(dep, "version"), props), rel));
                }
            }
        }
    }

    static List<BuildDependency> gradle(String script, String rel) {
        List<BuildDependency> out = new ArrayList<>();
        for (Pattern p : List.of(GRADLE_STRING, GRADLE_MAP)) {
            Matcher m = p.matcher(script);
            while (m.find()) {
                out.add(new BuildDependency(m.group(2), m.group(3), m.group(4), rel));
            }
        }
        return out;
    }

    static List<BuildDependency> versionCatalog(Path file, String rel) throws IOException {
        JsonNode root = new TomlMapper().readTree(file.toFile());
        JsonNode versions = root.path("versions");
        List<BuildDependency> out = new ArrayList<>();
        root.path("libraries").fields().forEachRemaining(e -> {
            JsonNode lib = e.getValue();
            String group;
            String artifact;
            String version = null;
            if (lib.isTextual()) {
                String[] parts = lib.asText().split(":");
                if (parts.length < 2) {
                    return;
                }
                group = parts[0];
                artifact = parts[1];
                version = parts.length > 2 ? parts[2] : null;
            } else {
                String module = lib.path("module").asText(null);
                if (module != null && module.contains(":")) {
                    group = module.substring(0, module.indexOf(':'));
                    artifact = module.substring(module.indexOf(':') + 1);
                } else {
                    group = lib.path("group").asText(null);
                    artifact = lib.path("name").asText(null);
                }
                JsonNode v = lib.path("version");
                if (v.isTextual()) {
                    version = v.asText();
                } else if (v.has("ref")) {
                    version = versions.path(v.path("ref").asText()).asText(null);
                }
            }
            if (group != null && artifact != null) {
                out.add(new BuildDependency(group, artifact, version, rel));
            }
        });
        return out;
    }

    private static String expand(String value, Map<String, String> props) {
        if (value == null) {
            return null;
        }
        Matcher m = PROPERTY.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            Node n = list.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    /** An XML parser that refuses DTDs and external entities: build files are untrusted input. */
    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
