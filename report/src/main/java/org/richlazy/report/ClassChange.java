package org.richlazy.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.train.TrainException;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * Where training changed the recurrent weights, by cell class (docs/science.md#connectome-scale): for each completed
 * run, the share of {@code ||dW||_F^2}, {@code dW = W_h(final) - W_h(0)}, on the rows of each postsynaptic class,
 * {@code sum_{i in c} sum_j dW_ij^2 / ||dW||_F^2}, read from the run's {@code weights.h5} (dense, or on the synapses).
 * Computed when every neuron has a class and there are 2 to {@link #MAX_CLASSES} classes.
 *
 * @param classes the classes in order of first appearance
 * @param neurons each class's share of the neurons
 * @param byRun   each completed run's shares, by run folder name; a run whose change is 0 or not finite is left out
 */
record ClassChange(List<String> classes, double[] neurons, Map<String, double[]> byRun) {
    /** The most classes a table names. */
    static final int MAX_CLASSES = 60;

    /** Nothing: no classes, or too many. */
    static final ClassChange NONE = new ClassChange(List.of(), new double[0], Map.of());

    /** The shares of every completed run of {@code runs} under {@code resultsDir}, or {@link #NONE}. */
    static ClassChange of(Path resultsDir, List<String> neuronClasses, List<RunResult> runs) {
        List<String> classes = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] classOf = new int[neuronClasses.size()];
        for (int i = 0; i < classOf.length; i++) {
            classOf[i] = index.computeIfAbsent(neuronClasses.get(i), c -> {
                classes.add(c);
                return classes.size() - 1;
            });
        }
        if (classes.size() < 2 || classes.size() > MAX_CLASSES) {
            return NONE;
        }
        double[] neurons = new double[classes.size()];
        for (int c : classOf) {
            neurons[c] += 1.0 / classOf.length;
        }
        Map<String, double[]> byRun = new LinkedHashMap<>();
        for (RunResult run : runs) {
            if (run.diverged()) {
                continue;
            }
            try {
                double[] shares = shares(RunStore.readWeights(resultsDir, run.init(), run.task(), run.seed()), classOf,
                        classes.size());
                if (shares != null) {
                    byRun.put(RunStore.folderName(run.init(), run.task(), run.seed()), shares);
                }
            } catch (TrainException e) {
                // a run folder without readable weights (written by hand, or damaged) shows no class shares
            }
        }
        return new ClassChange(List.copyOf(classes), neurons, byRun);
    }

    /** The shares of {@code ||dW||^2} on each postsynaptic class's rows; null when dW is 0 or not finite. */
    static double[] shares(RunStore.Weights w, int[] classOf, int classes) {
        double[] sum = new double[classes];
        if (w.initial() instanceof SparseMatrix first && w.last() instanceof SparseMatrix last) {
            double[] a = first.values();
            double[] b = last.values();
            for (int i = 0; i < first.size(); i++) {
                for (int k = first.rowStart(i); k < first.rowStart(i + 1); k++) {
                    sum[classOf[i]] += (b[k] - a[k]) * (b[k] - a[k]);
                }
            }
        } else {
            double[][] a = w.initial().toDense();
            double[][] b = w.last().toDense();
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a.length; j++) {
                    sum[classOf[i]] += (b[i][j] - a[i][j]) * (b[i][j] - a[i][j]);
                }
            }
        }
        double total = java.util.Arrays.stream(sum).sum();
        if (!(total > 0) || !Double.isFinite(total)) {
            return null;
        }
        for (int c = 0; c < classes; c++) {
            sum[c] /= total;
        }
        return sum;
    }
}
