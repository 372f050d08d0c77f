package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.formats.ColumnarFixtures.Column;
import org.richlazy.ingest.formats.ColumnarFixtures.Kind;

/** A numeric field is read only from a numeric column, and a header may not name two columns alike. */
class ColumnTypesTest {
    private static final Map<String, Object> FLYWIRE = Map.of("format", "flywire", "node-files", List.of());

    @TempDir
    Path dir;

    private static List<Column> edges(Kind weight) {
        return List.of(new Column("pre_root_id", Kind.INT64, new long[] {1, 2}),
                new Column("post_root_id", Kind.INT64, new long[] {2, 1}),
                new Column("neuropil", Kind.TEXT, new long[] {7, 7}),
                new Column("syn_count", weight, new long[] {1000, 2000}));
    }

    @Test
    void aTimestampWeightColumnIsRefusedInParquetAndFeather() {
        Path parquet = ColumnarFixtures.parquet(dir.resolve("t.parquet"), edges(Kind.TIMESTAMP_MS));
        assertThatThrownBy(() -> ReleaseFilesTest.read(parquet, FLYWIRE)).isInstanceOf(IngestException.class)
                .hasMessage(parquet + ":column syn_count: type INT64 TIMESTAMP(MILLIS,true) is not numeric; expected an"
                        + " integer or floating-point column (docs/formats.md#columnar-tables)");
        Path feather = ColumnarFixtures.feather(dir.resolve("t.feather"), edges(Kind.TIMESTAMP_MS));
        assertThatThrownBy(() -> ReleaseFilesTest.read(feather, FLYWIRE)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith(feather + ":column syn_count: type Timestamp(MILLISECOND, null) is not numeric");
    }

    @Test
    void textDateAndBooleanWeightColumnsAreRefusedAndNumbersRead() {
        for (Kind kind : List.of(Kind.TEXT, Kind.DATE, Kind.BOOL)) {
            Path parquet = ColumnarFixtures.parquet(dir.resolve(kind + ".parquet"), edges(kind));
            Path feather = ColumnarFixtures.feather(dir.resolve(kind + ".feather"), edges(kind));
            for (Path file : List.of(parquet, feather)) {
                assertThatThrownBy(() -> ReleaseFilesTest.read(file, FLYWIRE)).isInstanceOf(IngestException.class)
                        .hasMessageContaining("column syn_count: type ").hasMessageContaining(" is not numeric");
            }
        }
        for (Kind kind : List.of(Kind.INT64, Kind.UINT64, Kind.INT32, Kind.FLOAT64)) {
            for (Path file : List.of(ColumnarFixtures.parquet(dir.resolve(kind + ".parquet"), edges(kind)),
                    ColumnarFixtures.feather(dir.resolve(kind + ".feather"), edges(kind)))) {
                assertThat(ReleaseFilesTest.total(ReleaseFilesTest.read(file, FLYWIRE))).isEqualTo(3000);
            }
        }
    }

    @Test
    void twoColumnsOfOneNameAreRefused() {
        List<Column> twice = List.of(new Column("pre_root_id", Kind.INT64, new long[] {1}),
                new Column("post_root_id", Kind.INT64, new long[] {2}),
                new Column("syn_count", Kind.INT64, new long[] {5}),
                new Column("Syn_Count", Kind.FLOAT64, new long[] {9}));
        Path feather = ColumnarFixtures.feather(dir.resolve("twice.feather"), twice);
        assertThatThrownBy(() -> ReleaseFilesTest.read(feather, FLYWIRE)).isInstanceOf(IngestException.class)
                .hasMessage(feather + ":column 'Syn_Count': the name is given to columns 3 (Int(64, true)) and 4"
                        + " (FloatingPoint(DOUBLE)); expected each column name once (names are matched ignoring case)");
    }
}
