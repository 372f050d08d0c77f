package org.richlazy.pipeline;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.train.TrainingSpec;

/** The train stage's bindings: tasks, seeds, optimiser and how many runs train at once. */
public final class TrainModule extends AbstractModule {
    @Provides
    TrainingSpec trainingSpec(ExperimentConfig config) {
        return config.training();
    }

    @Provides
    SweepWorkers workers(ExperimentConfig config) {
        return new SweepWorkers(config.workers());
    }
}
