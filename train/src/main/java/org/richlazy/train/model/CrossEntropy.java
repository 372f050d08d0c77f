package org.richlazy.train.model;

/**
 * Softmax cross-entropy of the logits against integer labels (docs/science.md#model-transform---train), as PyTorch's
 * {@code CrossEntropyLoss} with mean reduction over every counted (step, trial) pair: all T x B
 * pairs for the neurogym tasks, the B pairs of the last step otherwise. Accuracy is the fraction
 * of trials whose arg-max logit at the decision step equals the label there.
 */
public final class CrossEntropy {
    private CrossEntropy() {
    }

    /**
     * @param loss     mean cross-entropy
     * @param accuracy decision-step accuracy
     * @param dLogits  dL/dy_t, {@code [B x O]} flat for t = 1..T (null where the step is not in the loss)
     */
    public record Evaluation(double loss, double accuracy, double[][] dLogits) {
    }

    /**
     * @param traj         the forward pass ({@code logits[t]} for t = 1..T)
     * @param labels       {@code [T][B]}, label of step index t-1 for y_t
     * @param allSteps     whether the loss covers all steps or only the last
     * @param decisionStep step index (0-based, as in {@link org.richlazy.train.TrialBatch}) of the accuracy
     */
    public static Evaluation evaluate(Trajectory traj, int[][] labels, int outputs, boolean allSteps,
                                      int decisionStep) {
        return evaluate(traj.logits(), traj.batchSize(), labels, outputs, allSteps, decisionStep);
    }

    /**
     * The same on the logits alone.
     *
     * @param logits {@code y_t} ({@code [B x O]} flat) for t = 1..T, index 0 unused
     * @param batch  B
     */
    public static Evaluation evaluate(double[][] logits, int batch, int[][] labels, int outputs, boolean allSteps,
                                      int decisionStep) {
        int steps = logits.length - 1;
        int first = allSteps ? 1 : steps;
        double count = (double) (steps - first + 1) * batch;
        double[][] d = new double[steps + 1][];
        double loss = 0;
        for (int t = first; t <= steps; t++) {
            double[] y = logits[t];
            double[] g = new double[y.length];
            for (int b = 0; b < batch; b++) {
                int o = b * outputs;
                int label = labels[t - 1][b];
                if (label < 0 || label >= outputs) {
                    throw new IllegalArgumentException("label " + label + " at step " + (t - 1) + ", trial " + b
                            + " is outside 0.." + (outputs - 1));
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < outputs; k++) {
                    max = Math.max(max, y[o + k]);
                }
                double sum = 0;
                for (int k = 0; k < outputs; k++) {
                    sum += Math.exp(y[o + k] - max);
                }
                double logSum = max + Math.log(sum);
                loss += logSum - y[o + label];
                for (int k = 0; k < outputs; k++) {
                    g[o + k] = (Math.exp(y[o + k] - logSum) - (k == label ? 1 : 0)) / count;
                }
            }
            d[t] = g;
        }
        return new Evaluation(loss / count, accuracy(logits[decisionStep + 1], labels[decisionStep], outputs),
                d);
    }

    private static double accuracy(double[] y, int[] labels, int outputs) {
        int correct = 0;
        for (int b = 0; b < labels.length; b++) {
            int best = 0;
            for (int k = 1; k < outputs; k++) {
                if (y[b * outputs + k] > y[b * outputs + best]) {
                    best = k;
                }
            }
            correct += best == labels[b] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }
}
