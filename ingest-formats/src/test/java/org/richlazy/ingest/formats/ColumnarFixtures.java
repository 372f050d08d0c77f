package org.richlazy.ingest.formats;

import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Small Feather and Parquet tables written by the tests: each column a name, a type and one value per
 * row (all cells of a column from one whole number {@code k}, written as the type holds it).
 */
final class ColumnarFixtures {
    private ColumnarFixtures() {
    }

    /** The column types the fixtures can write, in both formats. */
    enum Kind { INT64, UINT64, INT32, FLOAT64, TEXT, BOOL, TIMESTAMP_MS, DATE }

    /** A column; a {@link Kind#TEXT} column holds {@code words} when given (Feather only), else each value's digits. */
    record Column(String name, Kind kind, long[] values, String[] words) {
        Column(String name, Kind kind, long[] values) {
            this(name, kind, values, null);
        }

        /** A text column of these words. */
        static Column words(String name, String... words) {
            return new Column(name, Kind.TEXT, new long[words.length], words);
        }
    }

    static Path feather(Path file, List<Column> columns) {
        try (BufferAllocator allocator = new RootAllocator()) {
            List<FieldVector> vectors = new ArrayList<>();
            int rows = columns.isEmpty() ? 0 : columns.get(0).values().length;
            for (Column c : columns) {
                vectors.add(vector(c, allocator));
            }
            try (VectorSchemaRoot root = new VectorSchemaRoot(vectors);
                 FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING);
                 ArrowFileWriter writer = new ArrowFileWriter(root, null, channel)) {
                root.setRowCount(rows);
                writer.start();
                writer.writeBatch();
                writer.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static FieldVector vector(Column c, BufferAllocator a) {
        long[] v = c.values();
        FieldVector out = switch (c.kind()) {
            case INT64 -> new BigIntVector(c.name(), a);
            case UINT64 -> new UInt8Vector(c.name(), a);
            case INT32 -> new IntVector(c.name(), a);
            case FLOAT64 -> new Float8Vector(c.name(), a);
            case TEXT -> new VarCharVector(c.name(), a);
            case BOOL -> new BitVector(c.name(), a);
            case TIMESTAMP_MS -> new TimeStampMilliVector(c.name(), a);
            case DATE -> new DateDayVector(c.name(), a);
        };
        out.setInitialCapacity(v.length);
        out.allocateNew();
        for (int i = 0; i < v.length; i++) {
            switch (c.kind()) {
                case INT64 -> ((BigIntVector) out).setSafe(i, v[i]);
                case UINT64 -> ((UInt8Vector) out).setSafe(i, v[i]);
                case INT32 -> ((IntVector) out).setSafe(i, (int) v[i]);
                case FLOAT64 -> ((Float8Vector) out).setSafe(i, v[i]);
                case TEXT -> ((VarCharVector) out).setSafe(i, (c.words() != null ? c.words()[i] : Long.toString(v[i]))
                        .getBytes(StandardCharsets.UTF_8));
                case BOOL -> ((BitVector) out).setSafe(i, (int) (v[i] & 1));
                case TIMESTAMP_MS -> ((TimeStampMilliVector) out).setSafe(i, v[i]);
                case DATE -> ((DateDayVector) out).setSafe(i, (int) v[i]);
            }
        }
        out.setValueCount(v.length);
        return out;
    }

    static Path parquet(Path file, List<Column> columns) {
        Types.GroupBuilder<MessageType> schema = Types.buildMessage();
        for (Column c : columns) {
            switch (c.kind()) {
                case INT64 -> schema.required(PrimitiveTypeName.INT64).named(c.name());
                case UINT64 -> schema.required(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.intType(64, false))
                        .named(c.name());
                case INT32 -> schema.required(PrimitiveTypeName.INT32).named(c.name());
                case FLOAT64 -> schema.required(PrimitiveTypeName.DOUBLE).named(c.name());
                case TEXT -> schema.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(c.name());
                case BOOL -> schema.required(PrimitiveTypeName.BOOLEAN).named(c.name());
                case TIMESTAMP_MS -> schema.required(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(c.name());
                case DATE -> schema.required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c.name());
            }
        }
        int rows = columns.isEmpty() ? 0 : columns.get(0).values().length;
        try (ParquetWriter<Integer> out = ParquetWriter.writeFile(schema.named("table"), file.toFile(), (r, values) -> {
            for (Column c : columns) {
                long v = c.values()[r];
                values.write(c.name(), switch (c.kind()) {
                    case INT64, UINT64, TIMESTAMP_MS -> v;
                    case INT32, DATE -> (int) v;
                    case FLOAT64 -> (double) v;
                    case TEXT -> Long.toString(v);
                    case BOOL -> (v & 1) == 1;
                });
            }
        })) {
            for (int r = 0; r < rows; r++) {
                out.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
