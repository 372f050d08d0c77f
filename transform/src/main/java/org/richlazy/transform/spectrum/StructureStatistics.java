package org.richlazy.transform.spectrum;

import java.util.List;
import java.util.Optional;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * The structure of a connectivity matrix beyond its spectrum: density, reciprocity, degrees, weights, and
 * the second-order motif statistics of Zhao, Beverlin, Netoff and Nykamp (2011, Front. Comput. Neurosci.
 * 5:28), the motifs whose effect on dynamics Hu and Shea-Brown and Dahmen et al. work out.
 *
 * <p>With A the off-diagonal connection pattern of {@code W[post][pre]} ({@code A_ij = 1} when j connects
 * onto i, i != j), N neurons and {@code p = sum A / (N (N - 1))} the connection probability, each motif is
 * its frequency relative to independent connections of probability p:
 * <ul>
 *   <li>reciprocal {@code a_recip = [sum_{i != j} A_ij A_ji / (N (N - 1))] / p^2 - 1};</li>
 *   <li>convergent {@code a_conv = [sum_i k_in(i) (k_in(i) - 1) / (N (N - 1) (N - 2))] / p^2 - 1} (two
 *       different neurons onto one);</li>
 *   <li>divergent {@code a_div = [sum_j k_out(j) (k_out(j) - 1) / (N (N - 1) (N - 2))] / p^2 - 1};</li>
 *   <li>chain {@code a_chain = [(sum_j k_in(j) k_out(j) - sum_{i != j} A_ij A_ji) / (N (N - 1) (N - 2))] / p^2 - 1}
 *       (k -> j -> i with i != k).</li>
 * </ul>
 * All four are 0 in expectation for an Erdos-Renyi graph. Reciprocity is the fraction of connections whose
 * reverse exists ({@code p (1 + a_recip)}). Self-connections are counted apart and left out of everything else.
 * With cell classes (at most {@link ClassMotifs#MAX_CLASSES}), all four motifs are also given per pair of
 * classes, relative to the class-to-class connection probabilities ({@link ClassMotifs}).
 *
 * @param n              N
 * @param connections    off-diagonal nonzero entries
 * @param selfLoops      nonzero diagonal entries
 * @param density        p
 * @param reciprocity    fraction of connections whose reverse exists
 * @param reciprocal     a_recip
 * @param convergent     a_conv
 * @param divergent      a_div
 * @param chain          a_chain
 * @param inDegreeMean   mean in-degree (= mean out-degree)
 * @param inDegreeSd     standard deviation of the in-degrees (population)
 * @param outDegreeSd    standard deviation of the out-degrees (population)
 * @param weightMean     mean of the nonzero weights (self-connections included)
 * @param weightSd       their standard deviation (population); both summed in units of {@code max|w_ij|}
 *                       so that no square overflows (docs/science.md#overflow-safe-norms)
 * @param byClass        the motifs per class pair; empty without classes or above {@link ClassMotifs#MAX_CLASSES}
 */
public record StructureStatistics(int n, long connections, long selfLoops, double density, double reciprocity,
                                  double reciprocal, double convergent, double divergent, double chain,
                                  double inDegreeMean, double inDegreeSd, double outDegreeSd, double weightMean,
                                  double weightSd, Optional<ClassMotifs> byClass) {

    /**
     * @param w       {@code W[post][pre]}, square
     * @param classes each neuron's class (null, or a list with a null entry or more than
     *                {@link ClassMotifs#MAX_CLASSES} classes: no per-class motifs)
     */
    public static StructureStatistics of(double[][] w, List<String> classes) {
        return of(new DenseMatrix(w), classes);
    }

    /**
     * The same for a dense or sparse matrix, touching only its nonzero entries; the per-class motifs are computed
     * for a dense one only (empty for sparse weights).
     */
    public static StructureStatistics of(RecurrentMatrix w, List<String> classes) {
        int n = w.size();
        Degrees degrees = Degrees.of(w);
        double unit = w.largestMagnitude();
        long[] counts = new long[4];
        double[] sums = new double[2];
        w.forEachNonzero((i, j, v) -> {
            counts[0]++;
            double x = v / unit;
            sums[0] += x;
            sums[1] += x * x;
            if (i == j) {
                counts[1]++;
                return;
            }
            counts[2]++;
            if (w.get(j, i) != 0) {
                counts[3]++;
            }
        });
        long weights = counts[0];
        long self = counts[1];
        long connections = counts[2];
        long reciprocalPairs = counts[3];
        double sum = sums[0];
        double sumSq = sums[1];
        double pairs = (double) n * (n - 1);
        double triples = pairs * (n - 2);
        double p = pairs == 0 ? Double.NaN : connections / pairs;
        double conv = 0;
        double div = 0;
        double chains = 0;
        int[] in = degrees.in();
        int[] out = degrees.out();
        for (int i = 0; i < n; i++) {
            conv += (double) in[i] * (in[i] - 1);
            div += (double) out[i] * (out[i] - 1);
            chains += (double) in[i] * out[i];
        }
        chains -= reciprocalPairs;
        double p2 = p * p;
        double meanDegree = n == 0 ? Double.NaN : (double) connections / n;
        double unitMean = weights == 0 ? Double.NaN : sum / weights;
        return new StructureStatistics(n, connections, self, p,
                connections == 0 ? Double.NaN : (double) reciprocalPairs / connections,
                reciprocalPairs / pairs / p2 - 1, conv / triples / p2 - 1, div / triples / p2 - 1,
                chains / triples / p2 - 1, meanDegree, sd(in, meanDegree), sd(out, meanDegree), unit * unitMean,
                unit * Math.sqrt(Math.max(0, sumSq / weights - unitMean * unitMean)),
                w instanceof DenseMatrix d && ClassMotifs.applies(classes) ? Optional.of(ClassMotifs.of(d.rows(), classes))
                        : Optional.empty());
    }

    private static double sd(int[] values, double mean) {
        double s = 0;
        for (int v : values) {
            s += (v - mean) * (v - mean);
        }
        return values.length == 0 ? Double.NaN : Math.sqrt(s / values.length);
    }
}
