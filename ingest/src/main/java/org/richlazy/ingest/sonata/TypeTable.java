package org.richlazy.ingest.sonata;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.Cells;
import org.richlazy.ingest.text.Delimiter;
import org.richlazy.ingest.text.Header;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;
import org.richlazy.ingest.text.Excerpt;

/**
 * A SONATA node- or edge-type table: space-separated with {@code "..."} quoting, a header, one
 * row per type id; {@code NULL} and {@code NONE} mean missing.
 */
final class TypeTable {
    private static final Set<String> MISSING = Set.of("NULL", "NONE");
    private final String file;
    private final Header header;
    private final Map<Long, TextRow> rows = new HashMap<>();

    private TypeTable(String file, Header header) {
        this.file = file;
        this.header = header;
    }

    /**
     * @param idColumn {@code node_type_id} or {@code edge_type_id}
     */
    static TypeTable read(Path path, String idColumn, ReadLimits limits) {
        TextTable t = TextTable.read(TextSource.of(path, limits), Delimiter.WHITESPACE, false);
        TypeTable table = new TypeTable(t.name(), new Header(t.name(), t.rows().get(0)));
        int id = table.header.require(idColumn);
        for (TextRow r : t.rows().subList(1, t.rows().size())) {
            if (r.size() != table.header.size()) {
                throw new IngestException(t.name(), "line " + r.line(), "row of " + r.size() + " cells",
                        table.header.size() + " cells, as the header (quote values that hold spaces)");
            }
            long typeId;
            try {
                typeId = Long.parseLong(r.cell(id).strip());
            } catch (NumberFormatException e) {
                throw new IngestException(t.name(), Cells.where(r.line(), idColumn), "type id " + Excerpt.quote(r.cell(id)),
                        "an integer type id");
            }
            if (table.rows.put(typeId, r) != null) {
                throw new IngestException(t.name(), "line " + r.line(), "duplicate " + idColumn + " " + typeId,
                        "each type once");
            }
        }
        return table;
    }

    String file() {
        return file;
    }

    boolean hasColumn(String column) {
        return header.find(column) >= 0;
    }

    /**
     * The value of a column for a type, or null when the column is absent or the value is NULL/NONE.
     *
     * @throws IngestException if the type id is not in the table
     */
    String value(long typeId, String column, String usedBy) {
        TextRow r = row(typeId, usedBy);
        int c = header.find(column);
        if (c < 0) {
            return null;
        }
        String v = r.cell(c).strip();
        return MISSING.contains(v) ? null : v;
    }

    /** A numeric column for a type, or NaN when missing. */
    double number(long typeId, String column, String usedBy) {
        String v = value(typeId, column, usedBy);
        return v == null ? Double.NaN : Cells.finite(file, row(typeId, usedBy).line(), column, v, column);
    }

    private TextRow row(long typeId, String usedBy) {
        TextRow r = rows.get(typeId);
        if (r == null) {
            throw new IngestException(file, "", "no row for type id " + typeId + " (used by " + usedBy + ")",
                    "a row for every type id the HDF5 file uses");
        }
        return r;
    }

    List<String> columns() {
        return header.names();
    }
}
