package org.richlazy.transform.baseline;

import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.richlazy.transform.BaselineKind;

/** The baselines by kind, as the {@link BaselineModule} binds them: one for every {@link BaselineKind}. */
public final class Baselines {
    private final Map<BaselineKind, Baseline> byKind;

    /**
     * @throws IllegalStateException when a kind has no baseline, or one whose {@link Baseline#kind()} is another word
     */
    @Inject
    Baselines(Map<BaselineKind, Baseline> byKind) {
        for (BaselineKind kind : BaselineKind.values()) {
            Baseline baseline = byKind.get(kind);
            if (baseline == null || !baseline.kind().equals(kind.word())) {
                throw new IllegalStateException("baseline kind '" + kind.word() + "' is bound to "
                        + (baseline == null ? "nothing" : "a baseline of kind '" + baseline.kind() + "'")
                        + "; expected one binding of its own in BaselineModule");
            }
        }
        this.byKind = new EnumMap<>(byKind);
    }

    /** The baseline of {@code kind}. */
    public Baseline of(BaselineKind kind) {
        return byKind.get(kind);
    }

    /** The kinds bound, in {@link BaselineKind}'s order. */
    public Set<BaselineKind> kinds() {
        return byKind.keySet();
    }
}
