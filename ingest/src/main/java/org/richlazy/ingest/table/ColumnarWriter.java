package org.richlazy.ingest.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Writes a {@link TypedTable} as a typed columnar file (Parquet), provided by an optional module and found with
 * {@link java.util.ServiceLoader}: {@code META-INF/services/org.richlazy.ingest.table.ColumnarWriter}. The results
 * folder's {@code results.parquet} is written through it (docs/results-format.md#resultsparquet).
 */
public interface ColumnarWriter {

    /** The file type's name, e.g. {@code "Parquet"}. */
    String name();

    /** Writes {@code table} to {@code file}, replacing it. */
    void write(Path file, TypedTable table) throws IOException;

    /** The installed writer of the file type {@code name}, if a module on the classpath provides one. */
    static Optional<ColumnarWriter> installed(String name) {
        for (ColumnarWriter w : ServiceLoader.load(ColumnarWriter.class, ColumnarWriter.class.getClassLoader())) {
            if (w.name().equalsIgnoreCase(name)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
