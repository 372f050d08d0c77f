package org.richlazy.pipeline;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.pipeline.config.SourceSpec;

/** The ingest stage's bindings: which connectivity source to read. */
public final class IngestModule extends AbstractModule {
    @Provides
    SourceSpec sourceSpec(ExperimentConfig config) {
        return config.source();
    }
}
