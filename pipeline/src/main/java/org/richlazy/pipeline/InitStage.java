package org.richlazy.pipeline;

import org.richlazy.pipeline.config.SourceSpec;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.SparseWeights;
import org.richlazy.transform.Transform;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.store.InitStore;

/**
 * Transform stage: the studied initial weights and their baselines, written to {@code inits/}.
 * For a measured source the studied matrix comes from ingest; for the random rank sweep it is a
 * Gaussian draw and the baselines are its truncated ranks (Liu et al. 2024, Fig. 1).
 */
public final class InitStage {
    /** N of the random rank sweep when the config does not give one (the paper's size). */
    static final int PAPER_SIZE = 300;

    private final SourceSpec sourceSpec;
    private final SourceStage source;
    private final TransformSpec spec;
    private final Transform transform;
    private final SparseWeights sparse;
    private final ResultsFolder out;

    /** @param sparse whether the selected N is held on its synapses ({@code training.weights}) */
    InitStage(SourceSpec sourceSpec, SourceStage source, TransformSpec spec, Transform transform, SparseWeights sparse,
              ResultsFolder out) {
        this.sourceSpec = sourceSpec;
        this.source = source;
        this.spec = spec;
        this.transform = transform;
        this.sparse = sparse;
        this.out = out;
    }

    /**
     * Reads the source and builds the init set in memory (nothing is written); a transform error names the
     * source it came from.
     */
    public InitSet build() {
        try {
            return sourceSpec.isRandomSweep()
                    ? transform.randomSweep(spec.neurons() == null ? PAPER_SIZE : spec.neurons(), spec)
                    : transform.build(source.load(), spec, sparse);
        } catch (TransformException e) {
            throw e.in(sourceSpec.path() != null ? sourceSpec.path() : "preset " + sourceSpec.preset());
        }
    }

    /** Writes the init set under {@code inits/}. */
    public void write(InitSet set) {
        InitStore.write(out.path(), set);
    }
}
