package org.richlazy.pipeline;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Readers;

/**
 * Reads connectivity files with {@link Readers#read}, so that {@code run} reads its source once: the
 * config check ({@link org.richlazy.pipeline.config.ConfigLoader#readForRun}) reads the file to check N
 * and the ranks against it, and hands what it read to the ingest stage ({@link SourceStage}), which takes
 * it instead of reading the file again. What is handed over is forgotten once taken, so a large
 * connectome is not kept for the rest of the sweep. One per process (a singleton of the root injector).
 */
@Singleton
public final class SourceFiles {
    private final Readers readers;
    private Path lastFile;
    private IngestOptions lastOptions;
    private Ingested lastRead;

    @Inject
    public SourceFiles(Readers readers) {
        this.readers = readers;
    }

    /** Reads {@code file} and keeps it for one {@link #take} of the same file and options. */
    public synchronized Ingested read(Path file, IngestOptions options) {
        Ingested read = readers.read(file, options);
        lastFile = key(file);
        lastOptions = options;
        lastRead = read;
        return read;
    }

    /**
     * What the last {@link #read} of {@code file} with {@code options} returned, forgetting it; the file
     * read afresh when nothing of that file and those options is kept.
     */
    public synchronized Ingested take(Path file, IngestOptions options) {
        Ingested kept = lastRead;
        boolean same = kept != null && key(file).equals(lastFile) && options.equals(lastOptions);
        lastFile = null;
        lastOptions = null;
        lastRead = null;
        return same ? kept : readers.read(file, options);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
