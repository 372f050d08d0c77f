package org.richlazy.ingest;

import java.nio.file.Path;
import java.util.Optional;

/** The ingest stage: reads a connectivity file into an {@link Ingested}. */
public final class Ingest {
    private Ingest() {
    }

    /**
     * Reads a connectivity file.
     *
     * @param path   the file (or, for multi-file formats, the file or folder that names the others)
     * @param format a format name to force, or empty to detect from extension and content
     * @throws IngestException on any bad input, naming file, location and expectation
     */
    public static Ingested read(Path path, Optional<String> format) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * The built-in mouse V1 layer-2/3 four-class table (SPEC §9): published proportions,
     * Allen V1DD peak connection probabilities, Campagnola et al. 2022 mean PSP amplitudes.
     */
    public static CellTypeTable mouseV1Layer23() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
