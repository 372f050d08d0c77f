package org.richlazy.ingest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.ingest.IngestException;

/** Column names of a header row, looked up case-insensitively after trimming. */
public final class Header {
    private final String file;
    private final int line;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @throws IngestException if two columns share a name
     */
    public Header(String file, TextRow row) {
        this.file = file;
        this.line = row.line();
        this.names = row.cells().stream().map(String::strip).toList();
        for (int i = 0; i < names.size(); i++) {
            Integer before = index.put(key(names.get(i)), i);
            if (before != null) {
                throw new IngestException(file, "line " + line, "duplicate column " + Excerpt.quote(names.get(i)),
                        "unique column names");
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The index of a column, or -1 when absent. */
    public int find(String name) {
        return index.getOrDefault(key(name), -1);
    }

    /**
     * The index of a required column.
     *
     * @throws IngestException naming the missing column and the columns present
     */
    public int require(String name) {
        int i = find(name);
        if (i < 0) {
            throw new IngestException(file, "line " + line, "missing column '" + name + "' (columns are " + names + ")",
                    "a header with a column '" + name + "'");
        }
        return i;
    }

    /**
     * @throws IngestException if a column is not one of {@code allowed}
     */
    public void requireOnly(List<String> allowed) {
        for (String n : names) {
            if (allowed.stream().noneMatch(a -> key(a).equals(key(n)))) {
                throw new IngestException(file, "line " + line, "unknown column " + Excerpt.quote(n),
                        "only the columns " + allowed);
            }
        }
    }

    /** The file the header was read from. */
    public String file() {
        return file;
    }

    /** The header's line number. */
    public int line() {
        return line;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }
}
