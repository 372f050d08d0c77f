package org.richlazy.ingest.table;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table with a header of column names, read row by row without being held in memory.
 * Implementations: {@link DelimitedTable} (text) and the columnar formats of {@link ColumnarFormat}.
 */
public interface TableFile {

    /** The file as given, for errors and provenance. */
    String name();

    /** What kind of file it is, e.g. {@code "CSV (gzip)"} or {@code "Feather v2 / Arrow IPC (LZ4_FRAME)"}. */
    String kind();

    /** The column names, in file order. */
    List<String> columns();

    /**
     * Visits every row in file order. The row object may be reused between calls: read what is needed
     * inside {@code visitor}.
     *
     * @throws org.richlazy.ingest.IngestException on damaged data, a ragged row or broken quoting
     */
    void forEachRow(Consumer<TableRow> visitor);
}
