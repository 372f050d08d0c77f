package org.richlazy.pipeline;

import java.nio.file.Path;
import org.richlazy.ingest.Ingest;
import org.richlazy.ingest.Ingested;
import org.richlazy.pipeline.config.SourceSpec;

/**
 * Ingest stage: reads the configured connectivity source (a preset or a file); a file the config
 * check has just read is taken from {@link SourceFiles} rather than read again.
 */
public final class SourceStage {
    private final SourceSpec spec;
    private final SourceFiles files;

    public SourceStage(SourceSpec spec, SourceFiles files) {
        this.spec = spec;
        this.files = files;
    }

    /** Reads the source; bad input raises the ingest module's typed error. */
    public Ingested load() {
        if (spec.preset() != null) {
            return new Ingested.Table(Ingest.mouseV1Layer23());
        }
        return files.take(Path.of(spec.path()), spec.options());
    }
}
