package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.task.TestTasks;

/**
 * weights.h5 holds the whole network: a forward pass written here from the file alone (not the tool's network)
 * reproduces the loss the run recorded on the saved trials.
 */
class SavedNetworkTest {
    @TempDir
    Path dir;

    @Test
    void theSavedNetworkReproducesItsSavedLossFromTheFileAlone() throws Exception {
        for (String precision : java.util.List.of("float64", "float32")) {
            TrainingSpec spec = TrainerTest.withPrecision(TrainerTest.spec(30, "adam", 0.01, 0, 10, 1e4), precision)
                    .toBuilder().tau(200.0).build();
            Path out = dir.resolve(precision);
            TrainedRun run = Trainer.train(TrainerTest.gaussian(12, 5),
                    TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 3, spec);
            RunStore.write(out, run);
            Path file = RunStore.entry(out, RunStore.folderName("gaussian", "2af", 3)).resolve("weights.h5");
            try (HdfFile h = new HdfFile(file)) {
                double[][] wIn = (double[][]) h.getDatasetByPath("W_in_final").getData();
                double[][] wH = (double[][]) h.getDatasetByPath("W_h_final").getData();
                double[][] wOut = (double[][]) h.getDatasetByPath("W_out_final").getData();
                double[][][] x = (double[][][]) h.getDatasetByPath("trials_inputs").getData();
                int[][] labels = (int[][]) h.getDatasetByPath("trials_labels").getData();
                double a = (Double) h.getAttribute("a").getData();
                double saved = (Double) h.getAttribute("trials_loss_final").getData();
                assertThat(a).isEqualTo(0.5);
                assertThat(h.getAttribute("loss_on").getData()).isEqualTo("all steps");
                assertThat((double[][]) h.getDatasetByPath("W_in_initial").getData()).isNotEqualTo(wIn);
                double loss = forwardLoss(wIn, wH, wOut, x, labels, a);
                assertThat(loss).as(precision).isCloseTo(saved, within((precision.equals("float32") ? 1e-5 : 1e-12)
                        * saved));
            }
        }
    }

    /** The equations of weights.h5's attribute, written out: mean cross-entropy over every step and trial. */
    private static double forwardLoss(double[][] wIn, double[][] wH, double[][] wOut, double[][][] x, int[][] labels,
                                      double a) {
        int n = wH.length;
        int steps = x.length;
        int batch = x[0].length;
        double total = 0;
        for (int b = 0; b < batch; b++) {
            double[] h = new double[n];
            for (int t = 0; t < steps; t++) {
                double[] next = new double[n];
                for (int i = 0; i < n; i++) {
                    double drive = 0;
                    for (int c = 0; c < wIn[i].length; c++) {
                        drive += wIn[i][c] * x[t][b][c];
                    }
                    for (int j = 0; j < n; j++) {
                        drive += wH[i][j] * h[j];
                    }
                    next[i] = Math.max(0, (1 - a) * h[i] + a * drive);
                }
                h = next;
                double[] y = new double[wOut.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int o = 0; o < y.length; o++) {
                    for (int j = 0; j < n; j++) {
                        y[o] += wOut[o][j] * h[j];
                    }
                    max = Math.max(max, y[o]);
                }
                double sum = 0;
                for (double v : y) {
                    sum += Math.exp(v - max);
                }
                total += -(y[labels[t][b]] - max - Math.log(sum));
            }
        }
        return total / (steps * batch);
    }
}
