package org.richlazy.ingest;

import java.nio.file.Path;

/**
 * One file format. Implementations state the orientation of their format in their Javadoc and
 * in {@link Provenance#orientation()}, and record every aggregation or drop as a
 * {@link ProvenanceStep}.
 */
public interface ConnectivityReader {

    /** The format name users pass as {@code --format}, e.g. {@code "edge-list"}. */
    String format();

    /**
     * The {@link IngestOptions} components this reader uses (besides {@code format}); setting any
     * other option for this format is an error rather than silently ignored.
     */
    java.util.Set<String> options();

    /**
     * Reads a file (or folder, for multi-file formats).
     *
     * @throws IngestException on bad input, naming file, line or dataset, and expectation
     */
    Ingested read(Path path, IngestOptions options);
}
