package org.richlazy.ingest.table;

import java.nio.file.Path;
import java.util.List;

/**
 * A spreadsheet file type (xlsx), provided by an optional module and found with
 * {@link java.util.ServiceLoader}: {@code META-INF/services/org.richlazy.ingest.table.SpreadsheetFormat}.
 */
public interface SpreadsheetFormat {

    /** The file type's name, e.g. {@code "xlsx"}. */
    String name();

    /** Whether a file with these first bytes (up to 8) may be of this type. */
    boolean accepts(byte[] head);

    /**
     * The sheet names, in workbook order.
     *
     * @throws org.richlazy.ingest.IngestException if the file is not a readable workbook
     */
    List<String> sheets(Path file);

    /**
     * One sheet's cells.
     *
     * @throws org.richlazy.ingest.IngestException if the workbook has no such sheet or is damaged
     */
    Sheet read(Path file, String sheet);
}
