package io.wasmfit.rules;

import java.util.Map;

/**
 * What an entry-point rule says about the trigger it found. {@code detail} values are templates:
 * {@code {name}} is replaced by a captured annotation attribute, {@code {name:default}} gives a
 * fallback. The analyzer normalises by type (http routes are joined with single slashes and
 * methods upper-cased; cron schedules are converted to Spin's syntax).
 */
public record TriggerSpec(String kind, String type, Map<String, String> detail) {

    public TriggerSpec {
        detail = Map.copyOf(detail);
    }
}
