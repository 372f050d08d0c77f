package org.richlazy.pipeline;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.transform.TransformSpec;

/** The transform stage's bindings: selection, signs, scaling and baselines. */
public final class TransformModule extends AbstractModule {
    @Provides
    TransformSpec transformSpec(ExperimentConfig config) {
        return config.transform();
    }
}
