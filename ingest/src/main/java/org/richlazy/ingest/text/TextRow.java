package org.richlazy.ingest.text;

import java.util.List;

/**
 * One non-comment, non-blank row of a delimited text file.
 *
 * @param line  1-based line number in the file
 * @param cells the cells, unquoted, not trimmed
 */
public record TextRow(int line, List<String> cells) {
    public TextRow {
        cells = List.copyOf(cells);
    }

    public int size() {
        return cells.size();
    }

    public String cell(int column) {
        return cells.get(column);
    }
}
