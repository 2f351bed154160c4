package io.wasmfit.matrix;

import java.util.Locale;

/**
 * A Spin capability a component may need: a trigger, a host API, or an extensibility point.
 *
 * @param id     stable kebab-case id used by other modules, e.g. {@code key-value}
 * @param name   what people call it, e.g. "Key-value store"
 * @param kind   trigger, API or extensibility
 * @param plugin the Spin plugin that provides it, or null when Spin has it built in
 * @param link   where it is documented
 * @param note   one sentence of context, or null
 */
public record Feature(String id, String name, Kind kind, String plugin, String link, String note) {

    public enum Kind {
        TRIGGER, API, EXTENSIBILITY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** True when Spin needs a plugin for this feature (cron, SQS, MQTT and command triggers). */
    public boolean isPlugin() {
        return plugin != null;
    }
}
