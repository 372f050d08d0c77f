package org.richlazy.ingest.formats;

import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.richlazy.ingest.table.ColumnarWriter;
import org.richlazy.ingest.table.TypedTable;

/**
 * Writes a {@link TypedTable} as one Parquet file with parquet-floor (Apache Parquet's writer without Hadoop;
 * Snappy-compressed version-2 data pages). Every column is optional (a missing value is a null): {@code INT64},
 * {@code DOUBLE}, {@code BOOLEAN}, or {@code BINARY} annotated {@code STRING} for text, so pandas reads integers,
 * floats (NaN kept), booleans and strings as they were.
 */
public final class ParquetTableWriter implements ColumnarWriter {

    @Override
    public String name() {
        return "Parquet";
    }

    @Override
    public void write(Path file, TypedTable table) throws IOException {
        MessageType schema = schema(table.columns());
        Files.deleteIfExists(file);
        try (ParquetWriter<Integer> writer = ParquetWriter.writeFile(schema, file.toFile(), (row, values) -> {
            for (TypedTable.Column c : table.columns()) {
                Object v = c.values().get(row);
                if (v != null) {
                    values.write(c.name(), v);
                }
            }
        })) {
            for (int row = 0; row < table.rows(); row++) {
                writer.write(row);
            }
        }
    }

    static MessageType schema(List<TypedTable.Column> columns) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (TypedTable.Column c : columns) {
            switch (c.type()) {
                case INT64 -> message.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case STRING -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(c.name());
            }
        }
        return message.named("results");
    }
}
