package org.richlazy.pipeline;

import jakarta.inject.Inject;
import org.richlazy.ingest.Ingested;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.InitStore;
import org.richlazy.transform.Transform;
import org.richlazy.transform.TransformSpec;

/** Transform stage: the studied initial weights and their baselines, written to {@code inits/}. */
public final class InitStage {
    private final TransformSpec spec;
    private final ResultsFolder out;

    @Inject
    public InitStage(TransformSpec spec, ResultsFolder out) {
        this.spec = spec;
        this.out = out;
    }

    /** Builds the init set from the ingested source and writes it under {@code inits/}. */
    public InitSet build(Ingested source) {
        InitSet set = Transform.build(source, spec);
        InitStore.write(out.path(), set);
        return set;
    }
}
