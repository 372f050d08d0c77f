package org.richlazy.ingest.table;

import java.nio.file.Path;

/**
 * A binary columnar file type (Feather / Arrow IPC, Parquet), provided by an optional module and found
 * with {@link java.util.ServiceLoader}: {@code META-INF/services/org.richlazy.ingest.table.ColumnarFormat}.
 */
public interface ColumnarFormat {

    /** The file type's name, e.g. {@code "Parquet"}. */
    String name();

    /** Whether a file with these first bytes (up to 8, fewer for a short file) is of this type. */
    boolean accepts(byte[] head);

    /**
     * Opens the file's only table.
     *
     * @throws org.richlazy.ingest.IngestException if the file is damaged or of an unsupported variant
     */
    TableFile open(Path file);
}
