package io.wasmfit.analyzer.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wasmfit.analyzer.workspace.AppProperties;
import io.wasmfit.rules.TriggerSpec;

/**
 * Fills a rule's trigger detail templates and normalises them by trigger type: http routes
 * become one clean path and methods upper case; cron schedules become Spin cron expressions with
 * the original kept as {@code source}. ${placeholders} are resolved from the application's
 * configuration.
 */
public final class TriggerDetails {

    private TriggerDetails() {
    }

    public static Map<String, String> of(TriggerSpec spec, Map<String, List<String>> vars, AppProperties props) {
        Map<String, String> raw = new LinkedHashMap<>();
        spec.detail().forEach((k, template) -> raw.put(k, Templates.render(template, vars).strip()));
        Map<String, String> out = new LinkedHashMap<>();
        if ("cron".equals(spec.type())) {
            cron(raw, props, out);
        } else {
            raw.forEach((k, v) -> {
                String value = props.resolve(v);
                if ("route".equals(k) && !value.isEmpty()) {
                    value = route(value);
                } else if ("method".equals(k)) {
                    value = value.toUpperCase(Locale.ROOT);
                }
                if (!value.isEmpty()) {
                    out.put(k, value);
                }
            });
        }
        return out;
    }

    /** {@code "/api/" + "/orders/{id:\\d+}/"} → {@code /api/orders/{id}}. */
    static String route(String route) {
        StringBuilder sb = new StringBuilder();
        for (String segment : route.split("/")) {
            String s = segment.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("{") && s.contains(":") && s.endsWith("}")) {
                s = s.substring(0, s.indexOf(':')) + "}";
            }
            sb.append('/').append(s);
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    private static void cron(Map<String, String> raw, AppProperties props, Map<String, String> out) {
        String cron = raw.getOrDefault("cron", "");
        String rate = raw.getOrDefault("fixedRate", "");
        String delay = raw.getOrDefault("fixedDelay", "");
        String unit = raw.getOrDefault("timeUnit", "");
        CronSchedule schedule;
        if (!cron.isEmpty()) {
            out.put("source", cron);
            String resolved = props.resolve(cron);
            schedule = resolved.contains("${")
                    ? new CronSchedule(null, "the cron expression comes from configuration that was not found (" + cron + ")")
                    : CronSchedule.fromSpringCron(resolved);
        } else if (!rate.isEmpty() || !delay.isEmpty()) {
            boolean isDelay = rate.isEmpty();
            String value = props.resolve(isDelay ? delay : rate);
            out.put("source", (isDelay ? "fixedDelay=" : "fixedRate=") + value + (unit.isEmpty() ? "" : " " + unit));
            schedule = parseInterval(value, unit, isDelay);
        } else {
            String note = raw.getOrDefault("note", "");
            schedule = new CronSchedule(null, note.isEmpty() ? "no cron, fixedRate or fixedDelay was found" : note);
        }
        if (schedule.cron() != null) {
            out.put("cron", schedule.cron());
        }
        if (schedule.note() != null) {
            out.put("note", schedule.note());
        }
    }

    private static CronSchedule parseInterval(String value, String unit, boolean delay) {
        String v = value.strip();
        try {
            if (v.startsWith("P") || v.startsWith("p")) {
                return CronSchedule.fromInterval(java.time.Duration.parse(v).toMillis(), "MILLISECONDS", delay);
            }
            return CronSchedule.fromInterval(Long.parseLong(v), unit, delay);
        } catch (RuntimeException e) {
            return new CronSchedule(null, "interval '" + v + "' could not be read");
        }
    }
}
