package org.richlazy.pipeline;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.train.TrainingSpec;

/** The train stage's bindings: tasks, seeds, optimiser, and the engine the runs train on. */
public final class TrainModule extends AbstractModule {
    private final SweepEngine engine;

    public TrainModule(SweepEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void configure() {
        bind(SweepEngine.class).toInstance(engine);
    }

    @Provides
    TrainingSpec trainingSpec(ExperimentConfig config) {
        return config.training();
    }
}
