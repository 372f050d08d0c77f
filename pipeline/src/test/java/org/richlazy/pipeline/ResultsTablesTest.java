package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.table.ColumnarWriter;

/**
 * Without a Parquet writer the tables are the CSV ones and no Parquet file an earlier command wrote is kept (it would
 * disagree with them); with one, both Parquet files are written (here of no run: the columns alone).
 */
class ResultsTablesTest {
    @TempDir
    Path dir;

    @Test
    void withoutAWriterAnEarlierParquetFileIsRemoved() throws IOException {
        Files.writeString(dir.resolve(ResultsTables.PARQUET), "an earlier table");
        Files.writeString(dir.resolve(ResultsTables.LONG_PARQUET), "an earlier table");
        ResultsTables.write(dir, List.of(), Map.of(), Optional.empty());
        assertThat(dir.resolve("results.csv")).exists();
        assertThat(dir.resolve(ResultsTables.LONG_CSV)).exists();
        assertThat(dir.resolve(ResultsTables.PARQUET)).doesNotExist();
        assertThat(dir.resolve(ResultsTables.LONG_PARQUET)).doesNotExist();
    }

    @Test
    void withAWriterBothParquetFilesAreWritten() {
        ResultsTables.write(dir, List.of(), Map.of(), ColumnarWriter.installed("Parquet"));
        assertThat(dir.resolve(ResultsTables.PARQUET)).isNotEmptyFile();
        assertThat(dir.resolve(ResultsTables.LONG_PARQUET)).isNotEmptyFile();
    }
}
