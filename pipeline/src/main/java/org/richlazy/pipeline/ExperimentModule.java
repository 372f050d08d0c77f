package org.richlazy.pipeline;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import java.nio.file.Path;
import org.richlazy.pipeline.config.ExperimentConfig;

/** Binds the parsed, immutable experiment config and its results folder. */
public final class ExperimentModule extends AbstractModule {
    private final ExperimentConfig config;

    public ExperimentModule(ExperimentConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(ExperimentConfig.class).toInstance(config);
    }

    @Provides
    ResultsFolder resultsFolder() {
        return new ResultsFolder(Path.of(config.out()));
    }
}
