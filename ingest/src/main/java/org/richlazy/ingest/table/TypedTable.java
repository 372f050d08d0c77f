package org.richlazy.ingest.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to write in a typed columnar file ({@link ColumnarWriter}): named columns of one type each, every value
 * of a column either of that type or {@code null} (missing).
 *
 * @param columns the columns, in order, all of {@code rows} values
 * @param rows    the number of rows
 */
public record TypedTable(List<Column> columns, int rows) {

    /** The value types a column may hold, and the Java type of its values. */
    public enum Type {
        /** {@link Long}. */
        INT64,
        /** {@link Double} (NaN and infinities kept). */
        DOUBLE,
        /** {@link Boolean}. */
        BOOLEAN,
        /** {@link String} (UTF-8). */
        STRING
    }

    /**
     * One column.
     *
     * @param name   its name
     * @param type   the type of every value
     * @param values one per row, {@code null} where the row has none
     */
    public record Column(String name, Type type, List<Object> values) {
        public Column {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public TypedTable {
        columns = List.copyOf(columns);
        for (Column c : columns) {
            if (c.values().size() != rows) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.values().size()
                        + " values for " + rows + " rows");
            }
        }
    }

    /**
     * The table of {@code rows} (one value per name each, as a CSV writer takes them) with each column's type
     * taken from its values: {@code null} and empty text are missing; a column whose values are all integers
     * ({@link Integer}, {@link Long}) is {@link Type#INT64}, all numbers {@link Type#DOUBLE}, all
     * {@link Boolean} {@link Type#BOOLEAN}; any other mix is {@link Type#STRING} (each value's text, as the
     * CSV holds it). A column with no value at all is {@link Type#DOUBLE}, all missing.
     */
    public static TypedTable of(List<String> names, List<? extends List<?>> rows) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            List<Object> values = new ArrayList<>(rows.size());
            for (List<?> row : rows) {
                if (row.size() != names.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " values for " + names.size()
                            + " columns");
                }
                Object v = row.get(c);
                values.add(v == null || "".equals(v) ? null : v);
            }
            Type type = typeOf(values);
            columns.add(new Column(names.get(c), type, values.stream().map(v -> convert(v, type)).toList()));
        }
        return new TypedTable(columns, rows.size());
    }

    private static Type typeOf(List<Object> values) {
        boolean integers = true;
        boolean numbers = true;
        boolean booleans = true;
        boolean any = false;
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            any = true;
            integers &= v instanceof Integer || v instanceof Long;
            numbers &= v instanceof Number;
            booleans &= v instanceof Boolean;
        }
        if (!any) {
            return Type.DOUBLE;
        }
        return integers ? Type.INT64 : numbers ? Type.DOUBLE : booleans ? Type.BOOLEAN : Type.STRING;
    }

    private static Object convert(Object v, Type type) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case INT64 -> ((Number) v).longValue();
            case DOUBLE -> ((Number) v).doubleValue();
            case BOOLEAN -> v;
            case STRING -> v.toString();
        };
    }
}
