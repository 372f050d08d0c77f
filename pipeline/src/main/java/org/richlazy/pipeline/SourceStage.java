package org.richlazy.pipeline;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.richlazy.ingest.Ingest;
import org.richlazy.ingest.Ingested;
import org.richlazy.pipeline.config.SourceSpec;

/** Ingest stage: reads the configured connectivity source (a preset or a file). */
public final class SourceStage {
    private final SourceSpec spec;

    @Inject
    public SourceStage(SourceSpec spec) {
        this.spec = spec;
    }

    /** Reads the source; bad input raises the ingest module's typed error. */
    public Ingested load() {
        if (spec.preset() != null) {
            return new Ingested.Table(Ingest.mouseV1Layer23());
        }
        return Ingest.read(Path.of(spec.path()), spec.options());
    }
}
