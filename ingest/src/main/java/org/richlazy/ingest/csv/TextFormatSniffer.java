package org.richlazy.ingest.csv;

import java.nio.file.Path;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;

/**
 * Tells an edge list from a dense matrix by content: a first row that names a source or target column, or
 * at most 4 cells per row with more rows than a square matrix of that width would have, is an
 * edge list; anything else is a dense matrix. Only the first rows are read.
 */
public final class TextFormatSniffer {
    private TextFormatSniffer() {
    }

    /** {@link EdgeListReader#FORMAT} or {@link DenseMatrixReader#FORMAT}. */
    public static String sniff(Path path, ReadLimits limits) {
        TextRow first = TextTable.first(TextSource.of(path, limits), null, false).rows().get(0);
        if (first.size() > 4) {
            return DenseMatrixReader.FORMAT;
        }
        long[] rows = {0};
        TextTable.stream(TextSource.of(path, limits), null, comment -> { }, row -> ++rows[0] <= first.size() + 1);
        if (EdgeListColumns.namesEdgeColumns(first) || rows[0] > first.size() + 1) {
            return EdgeListReader.FORMAT;
        }
        return DenseMatrixReader.FORMAT;
    }
}
