package io.wasmfit.app.gui.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import io.wasmfit.rules.Rule;
import io.wasmfit.rules.RuleError;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RulePack;
import io.wasmfit.rules.RuleSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rules in force: the built-in packs plus the packs the user loaded, each rule switchable on
 * and off. Every change builds a new {@link RuleSet} and hands it to {@code onChange} (the project
 * re-scores with it). Loading a pack shows its validation errors with file, line and column; the
 * rules of the pack that are valid are used, as the CLI's loader does.
 */
public final class RulesViewModel {

    /** A pack in the list; {@code user} is true for packs loaded from a file. */
    public record PackItem(RulePack pack, boolean user) {
        public String label() {
            return pack.id() + " (" + pack.rules().size() + " rules" + (user ? ", from " + pack.source() : "") + ")";
        }
    }

    /** A rule with its on/off switch. {@code offByPack} names the pack whose disable list turns it off. */
    public static final class RuleItem {
        private final Rule rule;
        private final BooleanProperty enabled;
        private final String offByPack;

        RuleItem(Rule rule, boolean enabled, String offByPack) {
            this.rule = rule;
            this.enabled = new SimpleBooleanProperty(this, "enabled", enabled);
            this.offByPack = offByPack;
        }

        public Rule rule() {
            return rule;
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }

        public boolean isEnabled() {
            return enabled.get();
        }

        /** The pack that switches this rule off, or null when the user decides. */
        public String offByPack() {
            return offByPack;
        }
    }

    private final Consumer<RuleSet> onChange;
    private final List<RulePack> userPacks = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final ObservableList<PackItem> packs = FXCollections.observableArrayList();
    private final ObservableList<RuleItem> rules = FXCollections.observableArrayList();
    private final FilteredList<RuleItem> shownRules = new FilteredList<>(rules);
    private final ObservableList<RuleError> errors = FXCollections.observableArrayList();
    private final ObjectProperty<PackItem> selectedPack = new SimpleObjectProperty<>(this, "selectedPack");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private RuleSet ruleSet;

    public RulesViewModel(Consumer<RuleSet> onChange) {
        this.onChange = onChange;
        selectedPack.addListener((obs, old, now) -> refilter());
        search.addListener((obs, old, now) -> refilter());
        rebuild();
    }

    /** The rule set the switches and packs describe now. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Loads a rule pack file, or every pack of a folder, and re-scores with its valid rules.
     * Returns false when the file had errors (they are in {@link #errors()}).
     */
    public boolean loadPack(Path path) {
        RuleLoader.Result result = Files.isDirectory(path) ? RuleLoader.loadFolder(path) : RuleLoader.load(path);
        errors.setAll(result.errors());
        if (result.packs().isEmpty() && result.errors().isEmpty()) {
            errors.setAll(List.of(new RuleError(path.toString(), 0, 0, "no rule pack found here (*.yaml or *.yml files)")));
        }
        for (RulePack pack : result.packs()) {
            userPacks.removeIf(p -> p.source().equals(pack.source()));
            userPacks.add(pack);
        }
        if (!result.packs().isEmpty()) {
            changed();
        }
        return result.errors().isEmpty() && !result.packs().isEmpty();
    }

    /** Takes a user pack out again. */
    public void removePack(PackItem item) {
        if (item != null && item.user() && userPacks.remove(item.pack())) {
            changed();
        }
    }

    /** Switches every rule the user may switch back on. */
    public void enableAll() {
        if (!disabled.isEmpty()) {
            disabled.clear();
            changed();
        }
    }

    private void changed() {
        rebuild();
        onChange.accept(ruleSet);
    }

    private void rebuild() {
        ruleSet = build();
        PackItem keep = selectedPack.get();
        List<PackItem> packItems = new ArrayList<>();
        ruleSet.packs().forEach(p -> packItems.add(new PackItem(p, userPacks.contains(p))));
        packs.setAll(packItems);
        List<RuleItem> items = new ArrayList<>();
        for (Rule r : ruleSet.all()) {
            String offBy = disabled.contains(r.id()) ? null : packDisabling(r.id());
            RuleItem item = new RuleItem(r, ruleSet.isActive(r.id()), offBy);
            item.enabledProperty().addListener((obs, was, on) -> toggle(r.id(), on));
            items.add(item);
        }
        rules.setAll(items);
        selectedPack.set(keep == null ? null : packItems.stream()
                .filter(p -> p.pack().id().equals(keep.pack().id())).findFirst().orElse(null));
        refilter();
        updateSummary();
    }

    private void toggle(String ruleId, boolean on) {
        boolean changed = on ? disabled.remove(ruleId) : disabled.add(ruleId);
        if (changed) {
            // the items stay as they are (the table keeps its scroll position); only the set is new
            ruleSet = build();
            updateSummary();
            onChange.accept(ruleSet);
        }
    }

    private RuleSet build() {
        return RuleSet.builtIn().with(userPacks).withDisabled(disabled);
    }

    private void updateSummary() {
        long off = ruleSet.all().size() - ruleSet.active().size();
        summary.set(ruleSet.all().size() + " rules in " + ruleSet.packs().size() + " packs, " + off + " switched off");
    }

    private String packDisabling(String ruleId) {
        for (RulePack p : ruleSet.packs()) {
            if (p.disable().contains(ruleId)) {
                return p.id();
            }
        }
        return null;
    }

    private void refilter() {
        PackItem pack = selectedPack.get();
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shownRules.setPredicate(item -> (pack == null || item.rule().pack().equals(pack.pack().id()))
                && (text.isEmpty() || matches(item.rule(), text)));
    }

    private static boolean matches(Rule r, String text) {
        return r.id().toLowerCase(Locale.ROOT).contains(text) || r.title().toLowerCase(Locale.ROOT).contains(text)
                || r.message().toLowerCase(Locale.ROOT).contains(text);
    }

    public ObservableList<PackItem> packs() {
        return packs;
    }

    /** Every rule, switched on or off. */
    public ObservableList<RuleItem> rules() {
        return rules;
    }

    /** The rules of the selected pack that match the search. */
    public ObservableList<RuleItem> shownRules() {
        return shownRules;
    }

    public ObservableList<RuleError> errors() {
        return errors;
    }

    public ObjectProperty<PackItem> selectedPackProperty() {
        return selectedPack;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
