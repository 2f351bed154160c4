package io.wasmfit.generator.spin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a {@link SpinApp} as a Spin manifest (version 2), deterministically. */
public final class SpinToml {

    private SpinToml() {
    }

    public static String write(SpinApp app, String header) {
        StringBuilder t = new StringBuilder(header);
        t.append("spin_manifest_version = 2\n\n");
        t.append("[application]\n");
        t.append("name = ").append(str(app.name())).append('\n');
        t.append("version = \"0.1.0\"\n");
        t.append("description = ").append(str(app.description())).append('\n');
        if (!app.appTrigger().isEmpty()) {
            t.append("\n[application.trigger.").append(app.triggerType()).append("]\n");
            fields(t, app.appTrigger());
        }
        if (!app.variables().isEmpty()) {
            t.append("\n[variables]\n");
            app.variables().forEach((name, spec) -> t.append(name).append(" = ").append(inline(spec)).append('\n'));
        }
        t.append("\n[[trigger.").append(app.triggerType()).append("]]\n");
        fields(t, app.trigger());
        t.append("component = ").append(str(app.component().id())).append('\n');

        SpinApp.Component c = app.component();
        t.append("\n[component.").append(c.id()).append("]\n");
        t.append("description = ").append(str(c.description())).append('\n');
        t.append("source = ").append(str(c.source())).append('\n');
        t.append("allowed_outbound_hosts = ").append(list(c.allowedOutboundHosts())).append('\n');
        if (!c.keyValueStores().isEmpty()) {
            t.append("key_value_stores = ").append(list(c.keyValueStores())).append('\n');
        }
        if (!c.sqliteDatabases().isEmpty()) {
            t.append("sqlite_databases = ").append(list(c.sqliteDatabases())).append('\n');
        }
        if (!c.environment().isEmpty()) {
            t.append("environment = ").append(inline(c.environment())).append('\n');
        }
        if (!c.componentVariables().isEmpty()) {
            t.append("\n[component.").append(c.id()).append(".variables]\n");
            fields(t, c.componentVariables());
        }
        t.append("\n[component.").append(c.id()).append(".build]\n");
        t.append("command = ").append(str(c.buildCommand())).append('\n');
        t.append("watch = ").append(list(c.watch())).append('\n');
        return t.toString();
    }

    private static void fields(StringBuilder t, Map<String, ?> fields) {
        fields.forEach((k, v) -> t.append(k).append(" = ").append(value(v)).append('\n'));
    }

    private static String value(Object v) {
        if (v instanceof String s) {
            return str(s);
        }
        if (v instanceof Map<?, ?> m) {
            return inline(m);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(SpinToml::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    private static String inline(Map<?, ?> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " = " + value(e.getValue()))
                .collect(Collectors.joining(", ", "{ ", " }"));
    }

    private static String list(List<String> items) {
        return items.stream().map(SpinToml::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A TOML basic string. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
