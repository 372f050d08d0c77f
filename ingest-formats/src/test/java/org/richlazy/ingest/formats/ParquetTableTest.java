package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableFiles;

/**
 * Parquet tables (no public release excerpt in Parquet was found; these are written here with the
 * FlyWire column names): cells as text, unsigned 64-bit ids, nulls, and a file of another schema.
 */
class ParquetTableTest {
    private static final long BIG = Long.MIN_VALUE; // 9223372036854775808 as an unsigned 64-bit id

    @TempDir
    Path dir;

    private record Edge(long pre, long post, String neuropil, Long synapses) {
    }

    private Path write(String name, List<Edge> edges) throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.intType(64, false)).named("pre_root_id")
                .required(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.intType(64, false)).named("post_root_id")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("neuropil")
                .optional(PrimitiveTypeName.INT64).named("syn_count")
                .named("connections");
        Path file = dir.resolve(name);
        try (ParquetWriter<Edge> out = ParquetWriter.writeFile(schema, file.toFile(), (e, values) -> {
            values.write("pre_root_id", e.pre());
            values.write("post_root_id", e.post());
            if (e.neuropil() != null) {
                values.write("neuropil", e.neuropil());
            }
            if (e.synapses() != null) {
                values.write("syn_count", e.synapses());
            }
        })) {
            for (Edge e : edges) {
                out.write(e);
            }
        }
        return file;
    }

    @Test
    void cellsReadAsTextWithUnsignedIdsAndNulls() throws IOException {
        Path file = write("c.parquet", List.of(new Edge(BIG, 7, "EB", 3L), new Edge(7, BIG, null, null)));
        TableFile table = TableFiles.open(file, null, ReadLimits.defaults());
        assertThat(table.kind()).isEqualTo("Parquet");
        assertThat(table.columns()).containsExactly("pre_root_id", "post_root_id", "neuropil", "syn_count");
        List<String> seen = new ArrayList<>();
        table.forEachRow(row -> seen.add(row.where() + ":" + row.text(0) + ">" + row.text(1) + "@" + row.text(2)
                + "=" + row.text(3) + (row.isMissing(3) ? " missing" : "")));
        assertThat(seen).containsExactly("row 1:9223372036854775808>7@EB=3", "row 2:7>9223372036854775808@= missing");
    }

    @Test
    void aFlyWireParquetTableIsReadAndAMissingCountIsAnError() throws IOException {
        Path file = write("connections.parquet", List.of(new Edge(BIG, 7, "EB", 3L), new Edge(BIG, 7, "FB", 2L),
                new Edge(7, BIG, "EB", 4L)));
        Connectome c = ReleaseFilesTest.read(file, Map.of("node-files", List.of()));
        assertThat(c.provenance().format()).isEqualTo("flywire");
        assertThat(c.weight(ReleaseFilesTest.index(c, "7"), ReleaseFilesTest.index(c, "9223372036854775808")))
                .isEqualTo(5);
        Path gap = write("gap.parquet", List.of(new Edge(1, 2, "EB", null)));
        assertThatThrownBy(() -> ReleaseFilesTest.read(gap, Map.of("format", "flywire", "node-files", List.of())))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.location()).isEqualTo("row 1, column syn_count");
                    assertThat(e.getMessage()).contains("empty cell");
                });
    }

    @Test
    void aParquetFileOfAnotherSchemaIsRefusedNamingItsColumns() throws IOException {
        MessageType schema = Types.buildMessage().required(PrimitiveTypeName.INT64).named("node")
                .required(PrimitiveTypeName.DOUBLE).named("layer_mean").named("ranks");
        Path file = dir.resolve("ranks.parquet");
        try (ParquetWriter<long[]> out = ParquetWriter.writeFile(schema, file.toFile(), (r, values) -> {
            values.write("node", r[0]);
            values.write("layer_mean", (double) r[1]);
        })) {
            out.write(new long[] {1, 2});
        }
        assertThatThrownBy(() -> ReleaseFilesTest.read(file, Map.of("format", "flywire", "node-files", List.of())))
                .isInstanceOf(IngestException.class).hasMessageContaining("no presynaptic id column")
                .hasMessageContaining("[node, layer_mean]");
        assertThatThrownBy(() -> ReleaseFilesTest.read(file, Map.of()))
                .isInstanceOf(IngestException.class).hasMessageContaining("cannot tell which connectome release");
    }

    @Test
    void aTruncatedParquetFileIsATypedError() throws IOException {
        Path file = write("whole.parquet", List.of(new Edge(1, 2, "EB", 3L)));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(bytes, bytes.length - 20));
        assertThatThrownBy(() -> TableFiles.open(cut, null, ReadLimits.defaults())).isInstanceOf(IngestException.class)
                .hasMessageContaining("not a readable Parquet file: its footer");
    }
}
