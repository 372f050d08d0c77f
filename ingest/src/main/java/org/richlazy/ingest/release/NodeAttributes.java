package org.richlazy.ingest.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.Columns;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableFiles;

/**
 * The node tables of a release joined on the neuron id: the ids of the first table in its row order,
 * then ids that only later tables list, and every other column of every table as a text attribute
 * ({@code ""} where a table has no row for the id or no value). A column name that an earlier table
 * already used is kept as {@code <file name>:<column>}, and recorded.
 *
 * <p>An id listed twice in one table is an error unless the two rows agree in every column (then
 * counted and recorded): a node table holds one row per neuron.
 */
final class NodeAttributes {
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private final Map<String, Long> rowsRead = new LinkedHashMap<>();

    private NodeAttributes() {
    }

    /** No node table: every id is unknown to it. */
    static NodeAttributes none() {
        return new NodeAttributes();
    }

    /**
     * Reads and joins the node tables.
     *
     * @param idColumns the id column's usual names (the first present is used)
     * @param idOption  option {@code node-id-column}, looked for before the usual names; may be null
     * @param limits    the limits the tables are read within
     * @param steps     receives the provenance steps (rows read, duplicates, renamed columns)
     */
    static NodeAttributes read(List<Path> tables, List<String> idColumns, String idOption, ReadLimits limits,
                               ProvenanceLog steps) {
        NodeAttributes nodes = new NodeAttributes();
        for (Path file : tables) {
            List<String> names = new ArrayList<>();
            if (idOption != null) {
                names.add(idOption);
            }
            names.addAll(idColumns);
            nodes.add(TableFiles.open(file, null, limits), names, steps);
        }
        return nodes;
    }

    private void add(TableFile table, List<String> idColumns, ProvenanceLog steps) {
        files.add(table.name());
        int idColumn = Columns.require(table, idColumns, "neuron id", "node-id-column");
        List<String> names = table.columns();
        List<List<String>> targets = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        String stem = Path.of(table.name()).getFileName().toString();
        for (int c = 0; c < names.size(); c++) {
            if (c == idColumn) {
                continue;
            }
            String name = names.get(c);
            if (columns.containsKey(name) || name.isEmpty()) {
                String renamed = stem + ":" + (name.isEmpty() ? "column " + (c + 1) : name);
                steps.add("kept column '" + name + "' of " + table.name() + " as '" + renamed + "'", 0,
                        name.isEmpty() ? "the column has no name" : "an earlier node table has a column of that name");
                name = renamed;
            }
            List<String> values = new ArrayList<>(ids.size() + 1024);
            for (int i = 0; i < ids.size(); i++) {
                values.add("");
            }
            columns.put(name, values);
            targets.add(values);
            sources.add(c);
        }
        long[] rows = {0};
        long[] repeats = {0};
        Map<String, Boolean> seenHere = new HashMap<>();
        table.forEachRow(row -> {
            rows[0]++;
            String id = row.text(idColumn);
            if (row.isMissing(idColumn)) {
                throw new IngestException(table.name(), row.where() + ", column " + names.get(idColumn),
                        "empty neuron id", "an id in every row of a node table");
            }
            Integer at = index.get(id);
            if (at == null) {
                at = ids.size();
                index.put(id, at);
                ids.add(id);
                for (List<String> values : columns.values()) {
                    values.add("");
                }
            }
            boolean again = seenHere.put(id, Boolean.TRUE) != null;
            for (int k = 0; k < targets.size(); k++) {
                String value = row.isMissing(sources.get(k)) ? "" : row.text(sources.get(k));
                List<String> values = targets.get(k);
                if (again && !values.get(at).equals(value)) {
                    throw new IngestException(table.name(), row.where(), "neuron " + id + " listed again with "
                            + names.get(sources.get(k)) + " '" + value + "' (earlier '" + values.get(at) + "')",
                            "one row per neuron in a node table");
                }
                values.set(at, value);
            }
            if (again) {
                repeats[0]++;
            }
        });
        rowsRead.put(table.name(), rows[0]);
        steps.add("read node table " + table.name() + " (" + table.kind() + ")", rows[0],
                "neuron attributes joined on column '" + names.get(idColumn) + "'");
        if (repeats[0] > 0) {
            steps.add("rows repeating a neuron of " + table.name() + " with the same values", repeats[0],
                    "identical repeats count once");
        }
    }

    /** The rows node table {@code file} held (0 for a file not read). */
    long rowsRead(Path file) {
        return rowsRead.getOrDefault(file.toString(), 0L);
    }

    /** Whether there is any node table. */
    boolean isEmpty() {
        return files.isEmpty();
    }

    /** The node tables read. */
    List<String> files() {
        return files;
    }

    /** Number of neurons the node tables list. */
    int size() {
        return ids.size();
    }

    /** The i-th neuron's id. */
    String id(int i) {
        return ids.get(i);
    }

    /** The position of an id, or -1 when no node table lists it. */
    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The attribute column names, in the order the tables give them. */
    List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** The name of the first of {@code names} that is an attribute column (case-insensitive), or null. */
    String findColumn(List<String> names) {
        for (String wanted : names) {
            for (String c : columns.keySet()) {
                if (c.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The values of one attribute column by neuron position ({@code ""} = no value). */
    List<String> column(String name) {
        List<String> values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no attribute column " + name);
        }
        return values;
    }
}
