package org.richlazy.pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableFiles;

/**
 * {@code results.parquet} and {@code results-long.parquet} hold, read back through this project's Parquet reader,
 * the cells of {@code results.csv} and {@code results-long.csv} (numbers compared as numbers, NaN equal to NaN), the
 * per-run table with the init's role, kind and rank after its name and the paper's names as extra columns.
 */
final class ParquetResultsCheck {
    private static final Map<String, String> PAPER = Map.of("weight_rank", "rank", "delta_W", "relative_weight_change",
            "rep_sim", "representation_alignment", "sign_sim", "sign_similarity", "acc", "final_accuracy");

    private ParquetResultsCheck() {
    }

    static void sameAsCsv(Path results) throws IOException {
        List<CSVRecord> wide = csv(results.resolve("results.csv"));
        List<CSVRecord> longCsv = csv(results.resolve("results-long.csv"));
        List<List<String>> parquet = parquet(results.resolve("results.parquet"));
        List<String> columns = parquet.get(0);
        assertThat(columns.subList(0, 4)).containsExactly("init", "role", "kind", "rank");
        assertThat(columns.subList(columns.size() - 5, columns.size()))
                .containsExactly("weight_rank", "delta_W", "rep_sim", "sign_sim", "acc");
        List<String> csvColumns = wide.isEmpty() ? List.of() : wide.get(0).getParser().getHeaderNames();
        assertThat(columns).hasSize(csvColumns.size() + 8).containsAll(csvColumns);
        assertThat(parquet).hasSize(wide.size() + 1);
        for (int r = 0; r < wide.size(); r++) {
            List<String> row = parquet.get(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c);
                String source = PAPER.getOrDefault(name, name);
                if (wide.get(r).isMapped(source)) {
                    assertSame(row.get(c), wide.get(r).get(source), name + " of run " + r);
                }
            }
            assertThat(row.get(columns.indexOf("weight_rank"))).isEqualTo(row.get(3));
            String role = row.get(1);
            assertThat(role).isIn("studied", "baseline");
        }
        List<List<String>> longParquet = parquet(results.resolve("results-long.parquet"));
        assertThat(longParquet).hasSize(longCsv.size() + 1);
        for (int r = 0; r < longCsv.size(); r++) {
            for (int c = 0; c < longParquet.get(0).size(); c++) {
                assertSame(longParquet.get(r + 1).get(c), longCsv.get(r).get(c), "long row " + r + " column " + c);
            }
        }
    }

    private static void assertSame(String parquet, String csv, String where) {
        if (isNumber(parquet) && isNumber(csv)) {
            assertThat(Double.valueOf(parquet)).as(where).isEqualTo(Double.valueOf(csv));
        } else {
            assertThat(parquet).as(where).isEqualTo(csv);
        }
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** The header, then each row's cells as text. */
    private static List<List<String>> parquet(Path file) {
        TableFile table = TableFiles.open(file, null, ReadLimits.defaults());
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columns());
        table.forEachRow(row -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                cells.add(row.text(c));
            }
            rows.add(cells);
        });
        return rows;
    }
}
