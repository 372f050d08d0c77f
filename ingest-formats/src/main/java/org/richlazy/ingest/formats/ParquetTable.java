package org.richlazy.ingest.formats;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.ParquetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.Columns;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableRow;

/**
 * A Parquet file read row group by row group with parquet-floor (Apache Parquet's column readers without
 * Hadoop). Cells as text: integers in full ({@code UINT_64} columns unsigned), floating point values that
 * are whole numbers below 2^53 without a fraction, strings as they are, nulls as {@code ""}. Only flat
 * tables (top-level primitive columns) with distinct column names are read, and a numeric field only from
 * an integer or floating-point column (docs/formats.md#columnar-tables).
 */
final class ParquetTable implements TableFile {
    private final Path file;
    private final List<String> columns;
    private final boolean[] unsigned;
    private final List<String> types;
    private final boolean[] numeric;

    private ParquetTable(Path file, List<String> columns, boolean[] unsigned, List<String> types, boolean[] numeric) {
        this.file = file;
        this.columns = columns;
        this.unsigned = unsigned;
        this.types = types;
        this.numeric = numeric;
    }

    static ParquetTable open(Path file, ReadLimits limits) {
        ParquetMetadata metadata;
        long size;
        try {
            size = Files.size(file);
            metadata = ParquetReader.readMetadata(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "its footer (the schema and row-group index at the end of the file) is damaged, or the "
                    + "file is truncated", e);
        }
        MessageType schema = metadata.getFileMetaData().getSchema();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        boolean[] unsigned = new boolean[schema.getFieldCount()];
        boolean[] numeric = new boolean[schema.getFieldCount()];
        for (int c = 0; c < schema.getFieldCount(); c++) {
            Type field = schema.getType(c);
            if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
                throw new IngestException(file.toString(), "column " + field.getName(), "a nested or repeated column",
                        "a flat table of numbers and text");
            }
            LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
            unsigned[c] = logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation ints && !ints.isSigned();
            numeric[c] = isNumeric(field.asPrimitiveType().getPrimitiveTypeName(), logical);
            names.add(field.getName());
            types.add(field.asPrimitiveType().getPrimitiveTypeName() + (logical == null ? "" : " " + logical));
        }
        Columns.requireDistinct(file.toString(), names, types);
        requireWithin(file, metadata.getBlocks(), size, limits);
        return new ParquetTable(file, List.copyOf(names), unsigned, List.copyOf(types), numeric);
    }

    /**
     * Whether a column holds plain numbers: INT32 or INT64 without a logical type or with an integer one,
     * FLOAT or DOUBLE without a logical type. A timestamp, date, time or decimal stored as an integer is not:
     * its stored integer is not the value it stands for.
     */
    private static boolean isNumeric(PrimitiveType.PrimitiveTypeName type, LogicalTypeAnnotation logical) {
        return switch (type) {
            case INT32, INT64 -> logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation;
            case FLOAT, DOUBLE -> logical == null;
            default -> false;
        };
    }

    /**
     * Checks what the footer declares before any column data is read: every column chunk lies inside the file,
     * holds as many values as its row group has rows (the table is flat), and the row groups' uncompressed bytes
     * together are within {@code max-decompressed-bytes} and {@code max-expansion} times the file's size.
     */
    private static void requireWithin(Path file, List<BlockMetaData> groups, long size, ReadLimits limits) {
        String name = file.toString();
        long uncompressed = 0;
        for (int g = 0; g < groups.size(); g++) {
            BlockMetaData group = groups.get(g);
            String where = "row group " + (g + 1);
            long rows = group.getRowCount();
            for (ColumnChunkMetaData chunk : group.getColumns()) {
                String column = where + ", column " + chunk.getPath().toDotString();
                long start = chunk.getStartingPos();
                long stored = chunk.getTotalSize();
                if (start < 0 || stored < 0 || stored > size - start) {
                    throw new IngestException(name, column, "a column chunk declared at bytes " + start + " to "
                            + (start + stored) + " of a file of " + size + " bytes (a damaged footer or a truncated file)",
                            "a complete Parquet file");
                }
                if (chunk.getValueCount() != rows || chunk.getTotalUncompressedSize() < 0) {
                    throw new IngestException(name, column, "a column chunk declaring " + chunk.getValueCount()
                            + " values in a row group of " + rows + " rows (a damaged footer)", "a complete Parquet file");
                }
                uncompressed = saturatingAdd(uncompressed, chunk.getTotalUncompressedSize());
            }
        }
        limits.requireExpansionWithin(name, "", uncompressed, size);
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** A damaged file: {@code what} says in the reader's terms what is wrong; the library's exception is the cause. */
    private static IngestException damaged(Path file, String what, Exception e) {
        return new IngestException(file.toString(), "", "not a readable Parquet file: " + what, "a complete Parquet file", e);
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public String kind() {
        return "Parquet";
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public void forEachRow(Consumer<TableRow> visitor) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            index.put(columns.get(c), c);
        }
        Row row = new Row();
        Hydrator<Object[], Object[]> hydrator = new Hydrator<>() {
            @Override
            public Object[] start() {
                return new Object[columns.size()];
            }

            @Override
            public Object[] add(Object[] target, String heading, Object value) {
                target[index.get(heading)] = value;
                return target;
            }

            @Override
            public Object[] finish(Object[] target) {
                return target;
            }
        };
        try (Stream<Object[]> rows = ParquetReader.streamContent(file.toFile(), columnsIgnored -> hydrator)) {
            rows.forEach(values -> {
                row.values = values;
                row.number++;
                visitor.accept(row);
            });
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IngestException typed) {
                    throw typed;
                }
            }
            throw damaged(file, "the data of a row group cannot be decoded (a damaged page or a truncated file)", e);
        }
    }

    /** One row's values as parquet-floor gives them (Long, Integer, Double, Float, Boolean, String, or null). */
    private final class Row implements TableRow {
        private Object[] values;
        private long number;

        @Override
        public String where() {
            return "row " + number;
        }

        @Override
        public String text(int column) {
            Object v = values[column];
            if (v == null) {
                return "";
            }
            if (v instanceof Long l) {
                return unsigned[column] ? Long.toUnsignedString(l) : Long.toString(l);
            }
            if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                return d == Math.rint(d) && Math.abs(d) < 0x1p53 ? Long.toString((long) d) : Double.toString(d);
            }
            return v.toString().strip();
        }

        @Override
        public boolean isMissing(int column) {
            return values[column] == null || TableRow.super.isMissing(column);
        }

        @Override
        public double number(int column, String file, String name) {
            if (!numeric[column]) {
                throw Columns.notNumeric(file, name, types.get(column));
            }
            Object v = values[column];
            if (v instanceof Number n && !(unsigned[column] && n.longValue() < 0)) {
                return finite(n.doubleValue(), file, name);
            }
            return TableRow.super.number(column, file, name);
        }
    }
}
