package org.richlazy.pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same config and seeds give bit-identical tables (CSV and Parquet) with 1 worker and with 2, and
 * a sweep whose run was left half-written by a crash is completed without trusting it.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void oneWorkerAndTwoWorkersGiveTheSameResultsBytes() throws IOException {
        Path config = SmallSweep.config(dir, dir.resolve("unused"));
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        SmallSweep.run("run", config.toString(), "--out", one.toString(), "--workers", "1");
        SmallSweep.run("run", config.toString(), "--out", two.toString(), "--workers", "2");
        byte[] results = Files.readAllBytes(one.resolve("results.csv"));
        assertThat(Files.readAllLines(one.resolve("results.csv"))).hasSize(SmallSweep.RUNS + 1)
                .first().asString().doesNotContain("wall");
        assertThat(Files.readAllBytes(two.resolve("results.csv"))).isEqualTo(results);
        byte[] long1 = Files.readAllBytes(one.resolve("results-long.csv"));
        assertThat(Files.readAllBytes(two.resolve("results-long.csv"))).isEqualTo(long1);
        List<String> longRows = Files.readAllLines(one.resolve("results-long.csv"));
        assertThat(longRows.get(0)).isEqualTo("init,role,kind,rank,task,seed,status,iteration,measure,value,"
                + "paper_name");
        // 12 runs x 3 checkpoints (0, 100, 200) x 13 measures, and each run's other numbers at iteration 200
        assertThat(longRows.stream().filter(r -> r.contains(",100,relative_weight_change,") && r.endsWith(",delta_W")))
                .hasSize(SmallSweep.RUNS);
        assertThat(longRows).anySatisfy(r -> assertThat(r).startsWith("celltype,studied,celltype,,")
                .contains(",2af,1,ok,200,final_accuracy,").endsWith(",acc"));
        assertThat(longRows).anySatisfy(r -> assertThat(r).matches("rank-matched,baseline,rank-matched,[0-9]+,2af,.*"));
        for (String parquet : List.of("results.parquet", "results-long.parquet")) {
            assertThat(Files.readAllBytes(two.resolve(parquet))).isEqualTo(Files.readAllBytes(one.resolve(parquet)));
        }
        ParquetResultsCheck.sameAsCsv(one);

        // a crash while writing one run: its folder is still temporary and half-written, as is a results table
        Path done = one.resolve("runs/rank-matched__2af__s3");
        Path half = one.resolve("runs/.rank-matched__2af__s3.tmp-4242");
        Files.move(done, half);
        Files.delete(half.resolve("result.json"));
        Files.writeString(one.resolve(".results.csv.tmp-77"), "init,task");
        Files.writeString(one.resolve(".results-long.csv.tmp-78"), "init,role");
        Files.writeString(one.resolve("results.csv"), "init,task,se");
        // resumed with the other worker count: still the same experiment
        SmallSweep.run("run", config.toString(), "--out", one.toString(), "--workers", "2");
        assertThat(Files.readString(one.resolve("richlazy.log")))
                .contains("removed 3 half-written leftover(s)")
                .contains(SmallSweep.RUNS + " runs: " + (SmallSweep.RUNS - 1) + " already complete, training 1");
        assertThat(Files.readAllBytes(one.resolve("results.csv"))).isEqualTo(results);
        assertThat(SmallSweep.temporaries(one)).isZero();
        assertThat(SmallSweep.temporaries(one.resolve("runs"))).isZero();
    }
}
