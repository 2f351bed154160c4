package io.wasmfit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules in force for a scan: the built-in packs, then user packs in order. A later rule with
 * the same id replaces the earlier one; a pack's {@code disable} list switches rules off; the last
 * pack that sets scoring wins. Immutable: {@link #without} gives a copy with more rules off.
 */
public final class RuleSet {

    private static final String RESOURCE_DIR = "/io/wasmfit/rules/packs/";

    private final List<RulePack> packs;
    private final Map<String, Rule> rules;
    private final Map<String, SpinPattern> patterns;
    private final Set<String> disabled;
    private final Scoring scoring;

    private RuleSet(List<RulePack> packs, Set<String> extraDisabled) {
        this.packs = List.copyOf(packs);
        Map<String, Rule> byId = new LinkedHashMap<>();
        Map<String, SpinPattern> patternsById = new LinkedHashMap<>();
        Set<String> off = new LinkedHashSet<>(extraDisabled);
        Scoring s = Scoring.DEFAULT;
        for (RulePack pack : packs) {
            for (Rule r : pack.rules()) {
                byId.remove(r.id());
                byId.put(r.id(), r);
                off.remove(r.id());
            }
            for (SpinPattern p : pack.patterns()) {
                patternsById.remove(p.id());
                patternsById.put(p.id(), p);
                off.remove(p.id());
            }
            off.addAll(pack.disable());
            if (pack.scoring() != null) {
                s = pack.scoring();
            }
        }
        off.addAll(extraDisabled);
        this.disabled = Set.copyOf(off);
        this.rules = byId;
        this.patterns = patternsById;
        this.scoring = s;
    }

    public static RuleSet of(List<RulePack> packs) {
        return new RuleSet(packs, Set.of());
    }

    /** The packs shipped with wasmfit (listed in packs/index.txt). */
    public static RuleSet builtIn() {
        return of(BuiltIn.PACKS);
    }

    /** This rule set with user packs added after it. */
    public RuleSet with(Collection<RulePack> userPacks) {
        List<RulePack> all = new ArrayList<>(packs);
        all.addAll(userPacks);
        return new RuleSet(all, disabledByUser());
    }

    /** This rule set with the given rule ids switched off as well. */
    public RuleSet without(Collection<String> ruleIds) {
        Set<String> off = new LinkedHashSet<>(disabledByUser());
        off.addAll(ruleIds);
        return new RuleSet(packs, off);
    }

    /** This rule set with exactly these ids switched off on top of what the packs disable. */
    public RuleSet withDisabled(Collection<String> ruleIds) {
        return new RuleSet(packs, new LinkedHashSet<>(ruleIds));
    }

    private Set<String> disabledByUser() {
        Set<String> fromPacks = new LinkedHashSet<>();
        for (RulePack p : packs) {
            fromPacks.addAll(p.disable());
        }
        Set<String> user = new LinkedHashSet<>(disabled);
        user.removeAll(fromPacks);
        return user;
    }

    /** The rules in force, in pack order. */
    public List<Rule> active() {
        return rules.values().stream().filter(r -> !disabled.contains(r.id())).toList();
    }

    /** Every rule, active or not, in pack order. */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    public boolean isActive(String ruleId) {
        return (rules.containsKey(ruleId) || patterns.containsKey(ruleId)) && !disabled.contains(ruleId);
    }

    /** The Spin patterns in force, in pack order; a later pattern with the same id replaces the earlier one. */
    public List<SpinPattern> activePatterns() {
        return patterns.values().stream().filter(p -> !disabled.contains(p.id())).toList();
    }

    /** Every pattern, active or not. */
    public List<SpinPattern> allPatterns() {
        return List.copyOf(patterns.values());
    }

    /** What the packs could not honour (unsupported Konveyor conditions...), with file and line. */
    public List<RuleError> warnings() {
        return packs.stream().flatMap(p -> p.warnings().stream()).toList();
    }

    public List<RulePack> packs() {
        return packs;
    }

    public Scoring scoring() {
        return scoring;
    }

    /**
     * A fingerprint of everything that changes results: rule content and on/off state. Caches of
     * scan results are keyed by it.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (Rule r : active()) {
            sb.append(r).append('\n');
        }
        for (SpinPattern p : activePatterns()) {
            sb.append(p).append('\n');
        }
        sb.append(scoring).append('\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static final class BuiltIn {
        static final List<RulePack> PACKS = load();

        private static List<RulePack> load() {
            List<RulePack> packs = new ArrayList<>();
            List<RuleError> errors = new ArrayList<>();
            for (String name : resource("index.txt").lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                RuleLoader.Result r = RuleLoader.load(resource(name), "built-in " + name);
                packs.addAll(r.packs());
                errors.addAll(r.errors());
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException("built-in rule packs are broken: " + errors);
            }
            return packs;
        }

        private static String resource(String name) {
            try (InputStream in = RuleSet.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in rule resource " + RESOURCE_DIR + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
