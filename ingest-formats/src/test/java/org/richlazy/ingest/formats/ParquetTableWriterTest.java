package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.ParquetReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.ColumnarWriter;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableFiles;
import org.richlazy.ingest.table.TypedTable;

/**
 * The Parquet writer: found through {@link ColumnarWriter#installed}, a typed schema of optional columns, and every
 * value (nulls, NaN, 64-bit integers, non-ASCII text) read back as written, by parquet-floor's own reader and by
 * this project's Parquet table reader.
 */
class ParquetTableWriterTest {
    @TempDir
    Path dir;

    private static final TypedTable TABLE = TypedTable.of(List.of("init", "seed", "loss", "reached", "note"), List.of(
            Arrays.asList("celltype", 1, 0.25, true, "L2/3 E → PV"),
            Arrays.asList("gaussian", Long.MAX_VALUE, Double.NaN, null, ""),
            Arrays.asList("", -3, Double.NEGATIVE_INFINITY, false, "x")));

    @Test
    void theInstalledWriterWritesATypedFileReadBackValueForValue() throws IOException {
        ColumnarWriter writer = ColumnarWriter.installed("parquet").orElseThrow();
        Path file = dir.resolve("t.parquet");
        writer.write(file, TABLE);

        MessageType schema = ParquetReader.readMetadata(file.toFile()).getFileMetaData().getSchema();
        assertThat(schema.getFields()).allMatch(f -> f.isRepetition(Type.Repetition.OPTIONAL));
        assertThat(schema.getFields()).extracting(f -> f.asPrimitiveType().getPrimitiveTypeName())
                .containsExactly(PrimitiveTypeName.BINARY, PrimitiveTypeName.INT64, PrimitiveTypeName.DOUBLE,
                        PrimitiveTypeName.BOOLEAN, PrimitiveTypeName.BINARY);
        assertThat(schema.getType("note").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());

        List<Map<String, Object>> rows;
        try (var stream = ParquetReader.streamContent(file.toFile(), columns -> new Hydrator<Map<String, Object>,
                Map<String, Object>>() {
            @Override
            public Map<String, Object> start() {
                return new HashMap<>();
            }

            @Override
            public Map<String, Object> add(Map<String, Object> target, String heading, Object value) {
                target.put(heading, value);
                return target;
            }

            @Override
            public Map<String, Object> finish(Map<String, Object> target) {
                return target;
            }
        })) {
            rows = stream.collect(Collectors.toList());
        }
        assertThat(rows).hasSize(3);
        for (int r = 0; r < 3; r++) {
            for (TypedTable.Column c : TABLE.columns()) {
                Object expected = c.values().get(r);
                Object read = rows.get(r).get(c.name());
                assertThat(read).as(c.name() + " row " + r).isEqualTo(expected);
            }
        }
    }

    @Test
    void aTableWithoutRowsIsAValidFileOfItsColumns() throws IOException {
        Path file = dir.resolve("empty.parquet");
        ColumnarWriter.installed("Parquet").orElseThrow().write(file, TypedTable.of(List.of("init", "seed"), List.of()));
        TableFile table = TableFiles.open(file, null, ReadLimits.defaults());
        assertThat(table.columns()).containsExactly("init", "seed");
        List<String> seen = new ArrayList<>();
        table.forEachRow(row -> seen.add(row.text(0)));
        assertThat(seen).isEmpty();
    }

    @Test
    void thisProjectsReaderReadsTheCellsAsTheirText() throws IOException {
        Path file = dir.resolve("t.parquet");
        ColumnarWriter.installed("Parquet").orElseThrow().write(file, TABLE);
        TableFile table = TableFiles.open(file, null, ReadLimits.defaults());
        assertThat(table.columns()).containsExactly("init", "seed", "loss", "reached", "note");
        List<String> seen = new ArrayList<>();
        table.forEachRow(row -> seen.add(row.text(0) + "|" + row.text(1) + "|" + row.text(2) + "|" + row.text(4)));
        assertThat(seen).containsExactly("celltype|1|0.25|L2/3 E → PV", "gaussian|9223372036854775807|NaN|",
                "|-3|-Infinity|x");
    }
}
