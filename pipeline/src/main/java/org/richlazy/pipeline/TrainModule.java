package org.richlazy.pipeline;

import com.google.inject.AbstractModule;

/**
 * The train stage's binding: the engine the runs train on. The training settings are not bound: each run's
 * job carries the experiment ({@code job.config().training()}), which is what the engine reads on this machine
 * and, for Spark, what an executor reads back from {@code experiment.yaml}.
 */
public final class TrainModule extends AbstractModule {
    private final SweepEngine engine;

    public TrainModule(SweepEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void configure() {
        bind(SweepEngine.class).toInstance(engine);
    }
}
