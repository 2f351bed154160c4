package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a Spring schedule into a Spin cron trigger expression. Spin's cron plugin takes six
 * fields, seconds first, like Spring, but numbers days of the week 1–7 from Sunday where Spring
 * uses 0–7 from Sunday with 1 = Monday; days are therefore written as names, which both read the
 * same way. Fixed rates and delays become the nearest "every N" expression, with a note.
 *
 * @param cron   the Spin expression (null when the schedule cannot be expressed)
 * @param note   what changed in the translation, or null
 */
public record CronSchedule(String cron, String note) {

    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    private static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 0 1 1 *", "@annually", "0 0 0 1 1 *", "@monthly", "0 0 0 1 * *",
            "@weekly", "0 0 0 * * SUN", "@daily", "0 0 0 * * *", "@midnight", "0 0 0 * * *",
            "@hourly", "0 0 * * * *");

    /** A Spring {@code cron} attribute (already free of ${placeholders}). */
    public static CronSchedule fromSpringCron(String expression) {
        String expr = expression.strip();
        if (MACROS.containsKey(expr.toLowerCase(Locale.ROOT))) {
            return new CronSchedule(MACROS.get(expr.toLowerCase(Locale.ROOT)), null);
        }
        if ("-".equals(expr)) {
            return new CronSchedule(null, "the schedule is disabled (cron = \"-\")");
        }
        String[] fields = expr.split("\\s+");
        if (fields.length != 6) {
            return new CronSchedule(null, "'" + expr + "' is not a 6-field Spring cron expression");
        }
        List<String> notes = new ArrayList<>();
        for (int i = 3; i <= 5; i += 2) {
            if (fields[i].equals("?")) {
                fields[i] = "*";
            }
        }
        boolean special = fields[3].matches(".*[LlWw].*") || fields[5].matches(".*[Ll#].*") && !fields[5].matches("(?i).*[a-z]{3}.*");
        if (special) {
            notes.add("'" + fields[3] + " " + fields[5] + "' (last day, weekday or nth day) is not supported by Spin's cron trigger; adjust by hand");
        } else {
            fields[5] = dayNames(fields[5]);
        }
        return new CronSchedule(String.join(" ", fields), notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** A fixed rate or delay in milliseconds (or {@code unit}); a delay becomes a rate. */
    public static CronSchedule fromInterval(long amount, String unit, boolean delay) {
        long seconds = toSeconds(amount, unit);
        String kind = delay ? "fixed delay" : "fixed rate";
        String approx = delay ? "; a fixed delay (after each run ends) becomes a fixed rate" : "";
        if (seconds < 1) {
            return new CronSchedule("* * * * * *", kind + " under one second runs every second at most" + approx);
        }
        if (seconds < 60) {
            long step = nearestDivisor(seconds, 60);
            return new CronSchedule("*/" + step + " * * * * *", note(kind, seconds, step, "s") + approx);
        }
        if (seconds < 3600) {
            long minutes = Math.max(1, Math.round(seconds / 60.0));
            long step = nearestDivisor(minutes, 60);
            return new CronSchedule("0 */" + step + " * * * *", note(kind, seconds, step * 60, "s") + approx);
        }
        if (seconds < 86400) {
            long hours = Math.max(1, Math.round(seconds / 3600.0));
            long step = nearestDivisor(hours, 24);
            return new CronSchedule("0 0 */" + step + " * * *", note(kind, seconds, step * 3600, "s") + approx);
        }
        long days = Math.max(1, Math.round(seconds / 86400.0));
        return days == 1
                ? new CronSchedule("0 0 0 * * *", note(kind, seconds, 86400, "s") + approx)
                : new CronSchedule("0 0 0 */" + days + " * *", note(kind, seconds, days * 86400, "s")
                        + "; every " + days + " days restarts at each month's start" + approx);
    }

    private static String note(String kind, long seconds, long cronSeconds, String unit) {
        return seconds == cronSeconds
                ? "converted from a " + kind + " of " + seconds + unit
                : "converted from a " + kind + " of " + seconds + unit + ", approximated to every " + cronSeconds + unit;
    }

    private static long toSeconds(long amount, String unit) {
        String u = unit == null || unit.isBlank() ? "MILLISECONDS" : unit.toUpperCase(Locale.ROOT);
        return switch (u) {
            case "NANOSECONDS" -> amount / 1_000_000_000L;
            case "MICROSECONDS" -> amount / 1_000_000L;
            case "SECONDS" -> amount;
            case "MINUTES" -> amount * 60;
            case "HOURS" -> amount * 3600;
            case "DAYS" -> amount * 86400;
            default -> amount / 1000;
        };
    }

    /** The divisor of {@code whole} closest to {@code value}: cron steps only repeat evenly on divisors. */
    private static long nearestDivisor(long value, long whole) {
        long best = 1;
        for (long d = 1; d <= whole; d++) {
            if (whole % d == 0 && Math.abs(d - value) < Math.abs(best - value)) {
                best = d;
            }
        }
        return best;
    }

    private static String dayNames(String field) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            boolean afterSlash = i > 0 && field.charAt(i - 1) == '/';
            boolean afterHash = i > 0 && field.charAt(i - 1) == '#';
            if (ch >= '0' && ch <= '7' && !afterSlash && !afterHash
                    && (i + 1 >= field.length() || !Character.isDigit(field.charAt(i + 1)))) {
                sb.append(DAYS[ch - '0']);
            } else {
                sb.append(Character.toUpperCase(ch));
            }
        }
        return sb.toString();
    }
}
