package org.richlazy.ingest.table;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.Delimiter;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;

/**
 * A delimited text table (CSV, TSV, whitespace; plain or gzip, see {@link TextSource}) whose first
 * non-blank row names the columns. Rows are streamed ({@link TextTable#stream}); every row must have as
 * many cells as the header. Cells are trimmed.
 */
public final class DelimitedTable implements TableFile {
    private final TextSource source;
    private final Delimiter delimiter;
    private final List<String> columns;
    private final boolean gzip;

    private DelimitedTable(TextSource source, Delimiter delimiter, List<String> columns, boolean gzip) {
        this.source = source;
        this.delimiter = delimiter;
        this.columns = columns;
        this.gzip = gzip;
    }

    /**
     * Opens a text table and reads its header.
     *
     * @param delimiter the delimiter, or null to detect it from the header line (tab, else comma, else whitespace)
     * @throws IngestException if the file is empty, unreadable or its header has broken quoting
     */
    public static DelimitedTable open(Path file, Delimiter delimiter, ReadLimits limits) {
        TextSource source = TextSource.of(file, limits);
        TextTable header = TextTable.first(source, delimiter, false);
        List<String> names = header.rows().get(0).cells().stream().map(String::strip).toList();
        return new DelimitedTable(source, header.delimiter(), names, TextSource.isGzip(file));
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public String kind() {
        String text = switch (delimiter) {
            case COMMA -> "CSV";
            case TAB -> "TSV";
            case WHITESPACE -> "whitespace-delimited text";
        };
        return gzip ? text + " (gzip)" : text;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public void forEachRow(Consumer<TableRow> visitor) {
        int width = columns.size();
        Row row = new Row();
        boolean[] header = {true};
        TextTable.stream(source, delimiter, null, r -> {
            if (header[0]) {
                header[0] = false;
                return true;
            }
            if (r.size() != width) {
                throw new IngestException(source.name(), "line " + r.line(), "row of " + r.size() + " cells",
                        width + " cells, one per column of the header " + columns);
            }
            row.current = r;
            visitor.accept(row);
            return true;
        });
    }

    /** The current text row. */
    private static final class Row implements TableRow {
        private TextRow current;

        @Override
        public String where() {
            return "line " + current.line();
        }

        @Override
        public String text(int column) {
            return current.cell(column).strip();
        }
    }
}
