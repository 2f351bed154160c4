package io.wasmfit.analyzer.evaluate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills rule templates: {@code {name}} is every captured value joined by ", ",
 * {@code {name|first}} the first one, {@code {name:fallback}} uses the fallback (itself a
 * variable when it starts with '$') when nothing was captured.
 */
public final class Templates {

    private static final Pattern VAR = Pattern.compile("\\{([$@\\w.-]+)(\\|first)?(?::([^}]*))?}");

    private Templates() {
    }

    public static String render(String template, Map<String, List<String>> vars) {
        if (template == null) {
            return null;
        }
        Matcher m = VAR.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> values = vars.get(m.group(1));
            String value;
            if (values == null || values.isEmpty() || values.stream().allMatch(String::isEmpty)) {
                String fallback = m.group(3);
                if (fallback != null && fallback.startsWith("$")) {
                    List<String> fb = vars.get(fallback);
                    value = fb == null || fb.isEmpty() ? "" : fb.get(0);
                } else {
                    value = fallback == null ? "" : fallback;
                }
            } else {
                value = m.group(2) != null ? values.get(0) : String.join(", ", values);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
