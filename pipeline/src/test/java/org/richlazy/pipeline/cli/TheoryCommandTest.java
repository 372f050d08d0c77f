package org.richlazy.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.theory.TheoryRun;
import org.richlazy.train.theory.TheoryTable;

/** {@code richlazy theory}: both shipped sweeps at a small size, the results folder, and config errors. */
class TheoryCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void rankSweepWritesTheFolderAndMatchesThePrediction() throws Exception {
        Path folder = dir.resolve("rank");
        assertThat(run("theory", "../examples/theory-rank-sweep.yaml", "--out", folder.toString(), "--set",
                "theory.ranks=[1, 50]", "--set", "theory.draws=2", "--set", "theory.teachers=3")).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("18 runs", "random rank 1: KA 0.1", "beta-aligned rank 1: KA 0.27");
        List<TheoryRun> runs = TheoryTable.read(folder.resolve("results.csv"));
        assertThat(runs).hasSize(18);
        assertThat(Files.readAllLines(folder.resolve("results.csv")).get(0)).startsWith("init,rank,kappa,draw,teacher,"
                + "participation_ratio,tangent_alignment,feature_alignment");
        assertThat(Files.readString(folder.resolve("experiment.yaml"))).contains("sweep: rank", "teachers: 3",
                "max-steps: 200000");
        assertThat(folder.resolve("run-info.json")).exists();
        String html = Files.readString(folder.resolve("report.html"));
        assertThat(html).contains("<section id=\"theory\">", "participation ratio of W(0)", "KA, all parameters",
                "KA, feature kernel").doesNotContain("http://", "https://");
        // the rerun from the resolved config gives the same numbers
        Path again = dir.resolve("again");
        assertThat(run("theory", folder.resolve("experiment.yaml").toString(), "--out", again.toString())).isZero();
        assertThat(Files.readAllLines(again.resolve("results.csv"))).isEqualTo(Files.readAllLines(folder.resolve(
                "results.csv")));
    }

    @Test
    void anisotropySweepWritesEveryRunAndPrintsTheMeanOfItsRows() throws Exception {
        Path folder = dir.resolve("aniso");
        assertThat(run("theory", "../examples/theory-anisotropy.yaml", "--out", folder.toString(), "--set",
                "theory.kappas=[1, 3]", "--set", "theory.draws=1", "--set", "theory.teachers=2", "--set",
                "theory.inputs=10", "--set", "theory.hidden=12")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("12 runs", "aligned kappa 3: KA", "partially-aligned kappa 1: KA");
        assertThat(Files.readString(folder.resolve("report.html"))).contains("feature anisotropy \u03ba");
        // 3 inits x 2 kappas x 1 draw x 2 teachers, each a gradient flow that keeps W W^T - w w^T
        List<TheoryRun> runs = TheoryTable.read(folder.resolve("results.csv"));
        assertThat(runs).hasSize(12);
        assertThat(runs).extracting(TheoryRun::init).containsOnly("random", "aligned", "partially-aligned");
        assertThat(runs).extracting(TheoryRun::kappa).containsOnly(1.0, 3.0);
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.conservedDrift()).as("%s kappa %s", r.init(), r.kappa()).isLessThan(1e-6);
            assertThat(r.finalLoss()).as("%s kappa %s", r.init(), r.kappa()).isLessThan(r.initialLoss());
        });
        // the printed line is the mean over the written rows of its group
        double aligned = runs.stream().filter(r -> r.init().equals("aligned") && r.kappa() == 3)
                .mapToDouble(TheoryRun::tangentAlignment).average().orElseThrow();
        assertThat(out.toString()).contains(String.format(java.util.Locale.ROOT, "aligned kappa 3: KA %.3f simulated",
                aligned));
    }

    @Test
    void badKeysAndValuesAreReportedTogether() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "theory:\n  sweep: width\n  teachrs: 3\n  ranks: [0]\n");
        assertThat(run("theory", config.toString())).isNotZero();
        assertThat(err.toString()).contains("teachrs").doesNotContain("\tat ");
        Path values = Files.writeString(dir.resolve("values.yaml"), "theory:\n  sigma: -1\n  ranks: [0]\n");
        assertThat(run("theory", values.toString())).isNotZero();
        assertThat(err.toString()).contains("values.yaml:2: 'theory.sigma' = -1.0", "values.yaml:3: 'theory.ranks[0]' = 0");
    }
}
