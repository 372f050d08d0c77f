package org.richlazy.ingest.table;

import java.nio.file.Path;
import org.richlazy.ingest.ReadLimits;

/**
 * A binary columnar file type (Feather / Arrow IPC, Parquet), provided by an optional module and found
 * with {@link java.util.ServiceLoader}: {@code META-INF/services/org.richlazy.ingest.table.ColumnarFormat}.
 */
public interface ColumnarFormat {

    /** The file type's name, e.g. {@code "Parquet"}. */
    String name();

    /** The signature its files start with, e.g. {@code PAR1}. */
    byte[] magic();

    /** Whether a file with these first bytes (up to 8, fewer for a short file) is of this type. */
    default boolean accepts(byte[] head) {
        byte[] magic = magic();
        return head.length >= magic.length && java.util.Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * Opens the file's only table, to be read within {@code limits}: the sizes its index declares are checked
     * against the file and against {@code max-decompressed-bytes} and {@code max-expansion} before any data is
     * read.
     *
     * @throws org.richlazy.ingest.IngestException if the file is damaged, declares more than the limits, or is of
     *                                             an unsupported variant
     */
    TableFile open(Path file, ReadLimits limits);
}
