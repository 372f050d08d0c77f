package org.richlazy.ingest.table;

import java.util.List;
import java.util.Locale;
import org.richlazy.ingest.IngestException;

/** Finds columns of a {@link TableFile} by name, case-insensitively after trimming. */
public final class Columns {
    private Columns() {
    }

    /** The index of the first of {@code names} the table has, or -1. */
    public static int find(TableFile table, List<String> names) {
        List<String> keys = table.columns().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        for (String name : names) {
            int i = keys.indexOf(name.strip().toLowerCase(Locale.ROOT));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first of {@code names} the table has.
     *
     * @param role   what the column holds, e.g. {@code "presynaptic id"}
     * @param option the option that names another column, for the error
     * @throws IngestException naming the columns looked for and the columns present
     */
    public static int require(TableFile table, List<String> names, String role, String option) {
        int i = find(table, names);
        if (i < 0) {
            throw new IngestException(table.name(), "header", "no " + role + " column (columns are " + table.columns()
                    + ")", "a column named " + (names.size() == 1 ? "'" + names.get(0) + "'" : "one of " + names)
                    + (option == null ? "" : ", or option " + option + " naming it"));
        }
        return i;
    }

    /**
     * Refuses a header in which two columns share a name as {@link #find} compares names (trimmed, ignoring
     * case), since a lookup would silently take the first (docs/formats.md#columnar-tables).
     *
     * @param types each column's type as the file declares it, in the order of {@code names}
     * @throws IngestException naming the column, both positions and their types
     */
    public static void requireDistinct(String file, List<String> names, List<String> types) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            Integer first = seen.putIfAbsent(names.get(c).strip().toLowerCase(Locale.ROOT), c);
            if (first != null) {
                throw new IngestException(file, "column '" + names.get(c) + "'", "the name is given to columns "
                        + (first + 1) + " (" + types.get(first) + ") and " + (c + 1) + " (" + types.get(c) + ")",
                        "each column name once (names are matched ignoring case)");
            }
        }
    }

    /**
     * The error for a numeric field read from a column whose declared type is not a number (a timestamp,
     * date, decimal, boolean or text column of a columnar file).
     */
    public static IngestException notNumeric(String file, String name, String type) {
        return new IngestException(file, "column " + name, "type " + type + " is not numeric",
                "an integer or floating-point column (docs/formats.md#columnar-tables)");
    }
}
