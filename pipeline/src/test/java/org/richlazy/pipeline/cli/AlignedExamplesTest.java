package org.richlazy.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Readers;
import org.richlazy.ingest.Ingested;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.transform.store.InitStore;
import org.richlazy.transform.InitialWeights;
import org.richlazy.pipeline.TestRoot;

/**
 * The two task-aligned low-rank examples as a chain, at a small size: {@code aligned-pretrain.yaml}
 * writes the {@code weights.h5} whose learned change {@code W_h_final - W_h_initial}
 * {@code aligned-low-rank.yaml} names as its source, and the second then passes the whole check
 * against that file ({@code run} reads it before any work) and runs.
 * {@code ExamplesTest} cannot read that source, which exists only after the first has run.
 */
class AlignedExamplesTest {
    private static final Path PRETRAIN = Path.of("..", "examples", "aligned-pretrain.yaml");
    private static final Path LOW_RANK = Path.of("..", "examples", "aligned-low-rank.yaml");
    private static final int N = 20;

    @TempDir
    Path dir;

    /** Runs the command line and returns what it printed. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr:%n%s", err).isZero();
        return out.toString();
    }

    /** The fraction of the squared Frobenius norm in the top two singular values. */
    private static double topTwoFraction(double[][] w) {
        double[] s = SingularOps_DDRM.singularValues(new DMatrixRMaj(w));
        Arrays.sort(s);
        double all = Arrays.stream(s).map(v -> v * v).sum();
        return (s[s.length - 1] * s[s.length - 1] + s[s.length - 2] * s[s.length - 2]) / all;
    }

    @Test
    void thePretrainedWeightsAreTheSourceOfTheLowRankComparison() throws IOException {
        ConfigLoader loader = TestRoot.get(ConfigLoader.class);
        ExperimentConfig pretrain = loader.read(PRETRAIN);
        ExperimentConfig lowRank = loader.read(LOW_RANK);
        assertThat(Path.of(lowRank.source().path()))
                .isEqualTo(Path.of(pretrain.out(), "runs", "gaussian__2af__s1", "weights.h5"));

        Path pretrained = dir.resolve("pretrain");
        run("run", PRETRAIN.toString(), "--out", pretrained.toString(), "--workers", "1",
                "--set", "transform.neurons=" + N, "--set", "training.iterations=20");
        assertThat(Files.readAllLines(pretrained.resolve("inits/summary.csv"))).hasSize(2)
                .element(1).asString().startsWith("gaussian,");
        Path weights = pretrained.resolve("runs/gaussian__2af__s1/weights.h5");

        // the source is what training changed, dW = W_h_final - W_h_initial, read [post][pre] as stored
        Connectome source = ((Ingested.Matrix) TestRoot.get(Readers.class).read(weights, lowRank.source().options())).connectome();
        double[][] trained;
        double[][] change = new double[N][N];
        try (HdfFile h5 = new HdfFile(weights)) {
            trained = (double[][]) h5.getDatasetByPath("W_h_final").getData();
            double[][] initial = (double[][]) h5.getDatasetByPath("W_h_initial").getData();
            for (int post = 0; post < N; post++) {
                for (int pre = 0; pre < N; pre++) {
                    change[post][pre] = trained[post][pre] - initial[post][pre];
                    assertThat(source.weight(post, pre)).isEqualTo(change[post][pre]);
                }
            }
        }
        assertThat(run("inspect", weights.toString(), "--option", "dataset=W_h_final", "--option",
                "subtract=W_h_initial")).contains("subtracted W_h_initial from W_h_final: " + N * N);

        Path low = dir.resolve("low");
        run("run", LOW_RANK.toString(), "--out", low.toString(), "--workers", "2",
                "--set", "source.path='" + weights + "'", "--set", "training.iterations=20",
                "--set", "training.seeds=[1, 2]", "--set", "training.checkpoints=10");
        List<InitialWeights> inits = List.of("measured-rank-2", "rank-2", "gaussian").stream()
                .map(name -> InitStore.read(low, name)).toList();
        for (InitialWeights init : inits) {
            assertThat(init.spectrum().singularValues()[0]).as("largest singular value of " + init.name())
                    .isCloseTo(2 * 1.25, within(1e-9));
        }
        InitialWeights aligned = inits.get(0);
        double[] s = aligned.spectrum().singularValues();
        assertThat(s[2]).isLessThan(1e-9 * s[0]);
        double kept = Double.parseDouble(aligned.recipe().get("truncate.kept-fraction"));
        assertThat(kept).as("the top two of dW").isCloseTo(topTwoFraction(change), within(1e-9))
                .as("not those of W_h_final").isNotCloseTo(topTwoFraction(trained), within(1e-3));
        assertThat(aligned.recipe().get("source.datasets")).isEqualTo("W_h_final, W_h_initial");
        assertThat(aligned.recipe().values()).as("a source step")
                .anyMatch(v -> v.startsWith("subtracted W_h_initial from W_h_final (" + N * N + "): "));
        assertThat(inits.get(1).seed()).as("rank-2 is a new draw, not the pretraining's initial one")
                .isNotEqualTo(InitStore.read(pretrained, "gaussian").seed());
        assertThat(Files.readString(low.resolve("report.html"))).contains("measured-rank-2 vs rank-2");
        try (var runs = Files.list(low.resolve("runs"))) {
            assertThat(runs.count()).isEqualTo(6);
        }
    }
}
