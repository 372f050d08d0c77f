package org.richlazy.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.richlazy.ingest.Connectome;

/**
 * The studied matrix and its baselines, all of the same size and scaled by the same rule.
 *
 * @param source    the connectome the studied matrix was made from (after sampling and selection,
 *                  before scaling), with its provenance; for a pure random sweep, a synthetic one
 * @param studied   the studied initial weights
 * @param baselines each baseline, in the configured order
 */
public record InitSet(Connectome source, InitialWeights studied, List<InitialWeights> baselines) {
    public InitSet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(studied, "studied");
        baselines = List.copyOf(baselines);
    }

    /** The studied matrix first, then the baselines. */
    public List<InitialWeights> all() {
        List<InitialWeights> all = new ArrayList<>();
        all.add(studied);
        all.addAll(baselines);
        return all;
    }
}
