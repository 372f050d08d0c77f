package org.richlazy.ingest.release;

import java.nio.file.Path;
import java.util.Map;

/**
 * The number of rows a release's own documentation states each of its files holds, and where it says so. Reading a
 * file of that name records the stated count beside the count read, and says so when they differ (an incomplete
 * download, or a file of another version under the same name).
 *
 * @param rows   stated rows by file name
 * @param source where the release states them
 */
record StatedRows(Map<String, Long> rows, String source) {
    /** A release that states no counts. */
    static final StatedRows NONE = new StatedRows(Map.of(), "");

    StatedRows {
        rows = Map.copyOf(rows);
    }

    /** Records in {@code log} the stated count of {@code file} beside the {@code read} one, if the release states one. */
    void compare(Path file, long read, ProvenanceLog log) {
        Long stated = rows.get(file.getFileName().toString());
        if (stated == null) {
            return;
        }
        log.add(stated == read
                ? "rows read in " + file.getFileName() + " equal the release's stated count"
                : "rows read in " + file.getFileName() + " differ from the release's stated " + stated
                + " (an incomplete download, or another version of the file?)", read, source);
    }
}
