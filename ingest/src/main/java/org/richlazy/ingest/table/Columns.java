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
}
