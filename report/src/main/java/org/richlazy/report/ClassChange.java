package org.richlazy.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.train.PlasticityCost;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;
import org.richlazy.train.TrainException;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * Where training changed the recurrent weights, by cell class (docs/science.md#connectome-scale): for each completed
 * run, the share of {@code ||dW||_F^2}, {@code dW = W_h(final) - W_h(0)}, on the rows of each postsynaptic class,
 * {@code sum_{i in c} sum_j dW_ij^2 / ||dW||_F^2}, read from the run's {@code weights.h5} (dense, or on the synapses).
 * And the plasticity cost per class pair (docs/science.md#the-cost-of-plasticity): {@code sum |dW_ij|} over the
 * entries from each presynaptic class onto each postsynaptic one. Computed when every neuron has a class and there are
 * 2 to {@link #MAX_CLASSES} classes.
 *
 * @param classes the classes in order of first appearance
 * @param neurons each class's share of the neurons
 * @param byRun   each completed run's shares, by run folder name; a run whose change is 0 or not finite is left out
 * @param pairsByRun each of those runs' costs per class pair ({@link PairSums})
 */
record ClassChange(List<String> classes, double[] neurons, Map<String, double[]> byRun,
                   Map<String, PairSums> pairsByRun) {
    /** The most classes a table names. */
    static final int MAX_CLASSES = 60;

    /** Nothing: no classes, or too many. */
    static final ClassChange NONE = new ClassChange(List.of(), new double[0], Map.of(), Map.of());

    /** The post-class shares alone (no class-pair costs). */
    ClassChange(List<String> classes, double[] neurons, Map<String, double[]> byRun) {
        this(classes, neurons, byRun, Map.of());
    }

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
        Map<String, PairSums> pairsByRun = new LinkedHashMap<>();
        for (RunResult run : runs) {
            if (run.diverged()) {
                continue;
            }
            try {
                PairSums sums = PairSums.of(RunStore.readWeights(resultsDir, run.init(), run.task(), run.seed()),
                        classOf, classes.size());
                double[] shares = sums.postShares();
                if (shares != null) {
                    String name = RunStore.folderName(run.init(), run.task(), run.seed());
                    byRun.put(name, shares);
                    pairsByRun.put(name, sums);
                }
            } catch (TrainException e) {
                // a run folder without readable weights (written by hand, or damaged) shows no class shares
            }
        }
        return new ClassChange(List.copyOf(classes), neurons, byRun, pairsByRun);
    }

    /** The shares of {@code ||dW||^2} on each postsynaptic class's rows; null when dW is 0 or not finite. */
    static double[] shares(RunStore.Weights w, int[] classOf, int classes) {
        return PairSums.of(w, classOf, classes).postShares();
    }

    /**
     * Per class pair, {@code [post * K + pre]}: {@code sum |dW_ij|}, {@code sum dW_ij^2}, and the share of the pair's
     * synapses (entries nonzero in W_h(0)) with {@code |dW_ij|} above 1 % of the root mean square of all of W_h(0)'s
     * synapses, as {@code synapses_changed} counts them (docs/science.md#the-cost-of-plasticity; NaN for a pair
     * without synapses).
     *
     * @param l1      the absolute sums
     * @param l2      the squared sums
     * @param changed the shares of synapses changed
     * @param classes K
     */
    record PairSums(double[] l1, double[] l2, double[] changed, int classes) {
        /** Receives one entry of W_h(0) and the final W_h with its class pair. */
        private interface Entry {
            void accept(int cell, double start, double end);
        }

        static PairSums of(RunStore.Weights w, int[] classOf, int classes) {
            double[] l1 = new double[classes * classes];
            double[] l2 = new double[classes * classes];
            double[] synapses = new double[classes * classes];
            double[] squares = new double[1];
            forEach(w, classOf, classes, (cell, start, end) -> {
                l1[cell] += Math.abs(end - start);
                l2[cell] += (end - start) * (end - start);
                if (start != 0) {
                    synapses[cell]++;
                    squares[0] += start * start;
                }
            });
            double threshold = PlasticityCost.CHANGED_THRESHOLD
                    * Math.sqrt(squares[0] / java.util.Arrays.stream(synapses).sum());
            double[] changed = new double[classes * classes];
            forEach(w, classOf, classes, (cell, start, end) -> {
                if (start != 0 && !(Math.abs(end - start) <= threshold)) {
                    changed[cell]++;
                }
            });
            for (int c = 0; c < changed.length; c++) {
                changed[c] = synapses[c] == 0 ? Double.NaN : changed[c] / synapses[c];
            }
            return new PairSums(l1, l2, changed, classes);
        }

        /** Every stored entry (dense: all N x N; sparse: the synapses) with its class pair. */
        private static void forEach(RunStore.Weights w, int[] classOf, int classes, Entry entry) {
            if (w.initial() instanceof SparseMatrix first && w.last() instanceof SparseMatrix last) {
                double[] a = first.values();
                double[] b = last.values();
                int[] pre = first.columns();
                for (int i = 0; i < first.size(); i++) {
                    for (int k = first.rowStart(i); k < first.rowStart(i + 1); k++) {
                        entry.accept(classOf[i] * classes + classOf[pre[k]], a[k], b[k]);
                    }
                }
            } else {
                double[][] a = w.initial().toDense();
                double[][] b = w.last().toDense();
                for (int i = 0; i < a.length; i++) {
                    for (int j = 0; j < a.length; j++) {
                        entry.accept(classOf[i] * classes + classOf[j], a[i][j], b[i][j]);
                    }
                }
            }
        }

        /** The share of {@code ||dW||^2} on each postsynaptic class's rows; null when dW is 0 or not finite. */
        double[] postShares() {
            double[] sum = new double[classes];
            for (int c = 0; c < l2.length; c++) {
                sum[c / classes] += l2[c];
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
}
