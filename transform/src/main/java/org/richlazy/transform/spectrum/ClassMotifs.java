package org.richlazy.transform.spectrum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.store.Json;

/**
 * Second-order motifs per pair of cell classes, each relative to independent connections with the
 * class-to-class connection probabilities (a stochastic block model), so that a block structure alone gives 0
 * and what remains is the motif excess within the blocks.
 *
 * <p>With A the off-diagonal pattern of {@code W[post][pre]}, c(i) the class of neuron i, n_a the size of
 * class a, {@code p_xy} the probability of a connection from a neuron of class y onto one of class x (over
 * ordered pairs of different neurons), {@code m_a(i) = n_a - [c(i) = a]} and {@code pairs_ab(i) = m_a(i)
 * m_b(i) - [a = b] m_a(i)} (ordered pairs of different neurons j in a, k in b, both other than i):
 * <ul>
 *   <li>reciprocal (a, b): {@code [#{i in a, j in b, i != j : A_ij A_ji} / (n_a n_b - [a = b] n_a)] /
 *       (p_ab p_ba) - 1};</li>
 *   <li>convergent (a, b), two different neurons j in a and k in b onto one neuron i of any class:
 *       {@code sum_i [k_a(i) k_b(i) - [a = b] k_a(i)] / sum_i p_c(i)a p_c(i)b pairs_ab(i) - 1}, with
 *       {@code k_a(i)} the inputs of i from class a;</li>
 *   <li>divergent (a, b), one neuron k of any class onto different neurons of a and b:
 *       {@code sum_k [o_a(k) o_b(k) - [a = b] o_a(k)] / sum_k p_a c(k) p_b c(k) pairs_ab(k) - 1}, with
 *       {@code o_a(k)} the targets of k in class a;</li>
 *   <li>chain (a -> b), k in a onto j of any class onto i in b, i != k:
 *       {@code sum_j [k_a(j) o_b(j) - [a = b] r_a(j)] / sum_j p_c(j)a p_b c(j) pairs_ab(j) - 1}, with
 *       {@code r_a(j)} the neurons of a connected both ways with j.</li>
 * </ul>
 * The third neuron's class is summed over. With a single class each value is the whole-network motif of
 * {@link StructureStatistics} (Zhao, Beverlin, Netoff and Nykamp 2011); the per-population form follows the
 * excitatory-inhibitory motif work of Hu and Shea-Brown and of Dahmen et al. Reciprocal, convergent and
 * divergent are symmetric in (a, b); chain is ordered, {@code chain[a][b]} from a to b. A value is
 * {@code NaN} where the independent expectation is 0 (no such pairs, or a block without connections).
 *
 * @param classes    class names in order of first appearance
 * @param reciprocal {@code [a][b]}
 * @param convergent {@code [a][b]}
 * @param divergent  {@code [a][b]}
 * @param chain      {@code [a][b]}, from a to b
 */
public record ClassMotifs(List<String> classes, double[][] reciprocal, double[][] convergent,
                          double[][] divergent, double[][] chain) {
    /** Above this many classes the per-class motifs are not computed (their tables would be unreadable). */
    public static final int MAX_CLASSES = 20;

    /** The motif names, in the order of the components. */
    public static final List<String> MOTIFS = List.of("reciprocal", "convergent", "divergent", "chain");
    private static final ObjectMapper JSON = new ObjectMapper();

    public ClassMotifs {
        classes = List.copyOf(classes);
    }

    /**
     * Whether per-class motifs can be computed for these classes: every neuron has one, and there are at
     * most {@link #MAX_CLASSES}.
     */
    public static boolean applies(List<String> classes) {
        return classes != null && !classes.isEmpty() && classes.stream().noneMatch(Objects::isNull)
                && new LinkedHashSet<>(classes).size() <= MAX_CLASSES;
    }

    /**
     * @param w       {@code W[post][pre]}, square
     * @param classes each neuron's class, one per row of w
     * @throws IllegalArgumentException unless {@link #applies} or if the sizes differ
     */
    public static ClassMotifs of(double[][] w, List<String> classes) {
        if (!applies(classes) || classes.size() != w.length) {
            throw new IllegalArgumentException("per-class motifs need one class per neuron (" + w.length
                    + " neurons, " + (classes == null ? 0 : classes.size()) + " classes) and at most " + MAX_CLASSES
                    + " distinct classes");
        }
        List<String> names = new ArrayList<>(new LinkedHashSet<>(classes));
        int n = w.length;
        int k = names.size();
        int[] c = new int[n];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            c[i] = names.indexOf(classes.get(i));
            size[c[i]]++;
        }
        int[][] inFrom = new int[n][k];
        int[][] outTo = new int[n][k];
        int[][] mutual = new int[n][k];
        double[][] links = new double[k][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || w[i][j] == 0) {
                    continue;
                }
                inFrom[i][c[j]]++;
                outTo[j][c[i]]++;
                links[c[i]][c[j]]++;
                if (w[j][i] != 0) {
                    mutual[i][c[j]]++;
                }
            }
        }
        double[][] p = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                p[a][b] = links[a][b] / orderedPairs(size[a], size[b], a == b);
            }
        }
        double[][] recip = new double[k][k];
        double[][] conv = new double[k][k];
        double[][] div = new double[k][k];
        double[][] chain = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double both = 0;
                double[] seen = new double[3];
                double[] expected = new double[3];
                for (int i = 0; i < n; i++) {
                    int ci = c[i];
                    double ma = size[a] - (ci == a ? 1 : 0);
                    double mb = size[b] - (ci == b ? 1 : 0);
                    double pairs = ma * mb - (a == b ? ma : 0);
                    if (pairs == 0) {
                        both += ci == a ? mutual[i][b] : 0;
                        continue;
                    }
                    int same = a == b ? 1 : 0;
                    seen[0] += (double) inFrom[i][a] * inFrom[i][b] - same * inFrom[i][a];
                    expected[0] += p[ci][a] * p[ci][b] * pairs;
                    seen[1] += (double) outTo[i][a] * outTo[i][b] - same * outTo[i][a];
                    expected[1] += p[a][ci] * p[b][ci] * pairs;
                    seen[2] += (double) inFrom[i][a] * outTo[i][b] - same * mutual[i][a];
                    expected[2] += p[ci][a] * p[b][ci] * pairs;
                    if (ci == a) {
                        both += mutual[i][b];
                    }
                }
                recip[a][b] = excess(both, orderedPairs(size[a], size[b], a == b) * p[a][b] * p[b][a]);
                conv[a][b] = excess(seen[0], expected[0]);
                div[a][b] = excess(seen[1], expected[1]);
                chain[a][b] = excess(seen[2], expected[2]);
            }
        }
        return new ClassMotifs(names, recip, conv, div, chain);
    }

    /** The motif values under {@link #MOTIFS}' name. */
    public double[][] motif(String name) {
        return switch (name) {
            case "reciprocal" -> reciprocal;
            case "convergent" -> convergent;
            case "divergent" -> divergent;
            case "chain" -> chain;
            default -> throw new IllegalArgumentException("no motif '" + name + "'; expected one of " + MOTIFS);
        };
    }

    /**
     * One JSON object: {@code {"classes": [...], "reciprocal": [[...], ...], "convergent": ..., "divergent": ...,
     * "chain": ...}}, matrices as row lists ({@code [a][b]}), {@code null} for NaN (readable with
     * {@code numpy.array(json.loads(s)["chain"], dtype=float)}).
     */
    public String toJson() {
        StringBuilder s = new StringBuilder("{\"classes\": [");
        for (int a = 0; a < classes.size(); a++) {
            s.append(a == 0 ? "" : ", ");
            Json.string(s, classes.get(a));
        }
        s.append(']');
        for (String m : MOTIFS) {
            s.append(", \"").append(m).append("\": [");
            double[][] v = motif(m);
            for (int a = 0; a < v.length; a++) {
                s.append(a == 0 ? "[" : ", [");
                for (int b = 0; b < v[a].length; b++) {
                    s.append(b == 0 ? "" : ", ").append(Double.isFinite(v[a][b]) ? Double.toString(v[a][b]) : "null");
                }
                s.append(']');
            }
            s.append(']');
        }
        return s.append('}').toString();
    }

    /**
     * The motifs from the JSON {@link #toJson()} writes.
     *
     * @param where the JSON's place (file, line and column), for errors
     * @throws TransformException if {@code json} is not that JSON with one row and column per class
     */
    public static ClassMotifs fromJson(String json, String where) {
        try {
            JsonNode root = JSON.readTree(json);
            List<String> classes = new ArrayList<>();
            root.required("classes").forEach(c -> classes.add(c.asText()));
            double[][][] values = new double[MOTIFS.size()][][];
            for (int k = 0; k < values.length; k++) {
                JsonNode rows = root.required(MOTIFS.get(k));
                values[k] = new double[classes.size()][classes.size()];
                for (int a = 0; a < classes.size(); a++) {
                    for (int b = 0; b < classes.size(); b++) {
                        JsonNode x = rows.required(a).required(b);
                        values[k][a][b] = x.isNull() ? Double.NaN : x.doubleValue();
                    }
                }
            }
            return new ClassMotifs(classes, values[0], values[1], values[2], values[3]);
        } catch (IOException | IllegalArgumentException e) {
            throw new TransformException(where, e.getMessage(), "{\"classes\": [...], \"reciprocal\": [[...]],"
                    + " \"convergent\": ..., \"divergent\": ..., \"chain\": ...} with one row and column per class", e);
        }
    }

    private static double orderedPairs(int na, int nb, boolean same) {
        return same ? (double) na * (na - 1) : (double) na * nb;
    }

    private static double excess(double seen, double expected) {
        return expected > 0 ? seen / expected - 1 : Double.NaN;
    }
}
