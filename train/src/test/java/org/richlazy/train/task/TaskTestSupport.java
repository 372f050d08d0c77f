package org.richlazy.train.task;

import org.richlazy.train.TrialBatch;

/** Column statistics over sampled batches. */
final class TaskTestSupport {
    private TaskTestSupport() {
    }

    /** Mean and standard deviation of {@code values}. */
    static double[] meanSd(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(var / (values.length - 1))};
    }

    /** Pearson correlation of two equally long samples. */
    static double correlation(double[] x, double[] y) {
        double[] mx = meanSd(x);
        double[] my = meanSd(y);
        double c = 0;
        for (int i = 0; i < x.length; i++) {
            c += (x[i] - mx[0]) * (y[i] - my[0]);
        }
        return c / (x.length - 1) / (mx[1] * my[1]);
    }

    static int choice(TrialBatch batch, int b) {
        return batch.labels()[batch.decisionStep()][b];
    }
}
