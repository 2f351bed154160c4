package io.wasmfit.analyzer.cache;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A content hash of configuration objects (rules, catalog entries), stable from one JVM to the
 * next: records are written component by component and sets and maps in sorted order, because
 * the iteration order of {@code Set.of}/{@code Map.of} changes with every run.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Object... parts) {
        StringBuilder sb = new StringBuilder(1 << 16);
        for (Object part : parts) {
            append(sb, part);
            sb.append('\n');
        }
        return FactsCache.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static void append(StringBuilder sb, Object o) {
        if (o instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                sb.append(c.getName()).append('=');
                append(sb, value(c, r));
                sb.append(';');
            }
            sb.append(')');
        } else if (o instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>(map.size());
            map.forEach((k, v) -> entries.add(text(k) + "=" + text(v)));
            entries.sort(null);
            sb.append(entries);
        } else if (o instanceof Set<?> set) {
            List<String> items = new ArrayList<>(set.size());
            set.forEach(i -> items.add(text(i)));
            items.sort(null);
            sb.append(items);
        } else if (o instanceof Collection<?> list) {
            sb.append('[');
            list.forEach(i -> {
                append(sb, i);
                sb.append(',');
            });
            sb.append(']');
        } else if (o instanceof java.util.regex.Pattern p) {
            sb.append('/').append(p.pattern()).append('/').append(p.flags());
        } else if (o instanceof java.util.Optional<?> opt) {
            append(sb, opt.orElse(null));
        } else {
            sb.append(o);
        }
    }

    private static String text(Object o) {
        StringBuilder sb = new StringBuilder();
        append(sb, o);
        return sb.toString();
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }
}
