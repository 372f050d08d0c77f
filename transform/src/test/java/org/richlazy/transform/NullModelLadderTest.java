package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.baseline.Baseline;

/** The invariant each null model keeps, on a signed two-class network (80 E, 20 I, 20 % density). */
class NullModelLadderTest {
    private static final int N = 100;
    private final Connectome source = TestConnectomes.signedSparse(N, 5);
    private final double[][] w = source.weightsCopy();
    private final Baseline.Studied studied = new Baseline.Studied("measured", w, Transform.spectrum(w), source.neurons());
    private final TransformSpec spec = TransformSpec.builder().ranks(List.of()).build();

    private double[][] draft(String kind, long seed) {
        return TestTransform.BASELINES.of(ConfigWord.of(BaselineKind.class, kind)).drafts(studied, spec, seed).get(0).matrix().toDense();
    }

    private static boolean[][] mask(double[][] m) {
        boolean[][] b = new boolean[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                b[i][j] = m[i][j] != 0;
            }
        }
        return b;
    }

    private static double[] sortedRow(double[] row) {
        double[] r = row.clone();
        Arrays.sort(r);
        return r;
    }

    private static double[] column(double[][] m, int j) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][j];
        }
        return c;
    }

    private static int inDegree(double[][] m, int i) {
        return (int) Arrays.stream(m[i]).filter(v -> v != 0).count();
    }

    private static int outDegree(double[][] m, int j) {
        return (int) Arrays.stream(column(m, j)).filter(v -> v != 0).count();
    }

    @Test
    void sameMaskKeepsTheMaskAndPermutedAlsoTheWeights() {
        double[][] gauss = draft("same-mask", 3);
        double[][] permuted = draft("same-mask-permuted", 3);
        assertThat(mask(gauss)).isDeepEqualTo(mask(w));
        assertThat(mask(permuted)).isDeepEqualTo(mask(w));
        double[] before = Arrays.stream(w).flatMapToDouble(Arrays::stream).sorted().toArray();
        assertThat(Arrays.stream(permuted).flatMapToDouble(Arrays::stream).sorted().toArray()).containsExactly(before);
        assertThat(Arrays.deepEquals(permuted, w)).isFalse();
        long negative = Arrays.stream(gauss).flatMapToDouble(Arrays::stream).filter(v -> v < 0).count();
        assertThat(negative).as("redrawn weights have random signs").isBetween(800L, 1200L);
    }

    /**
     * density-matched keeps the number of synapses off and on the diagonal and nothing else: its pattern differs
     * from the studied one, its in-degrees spread like an Erdos-Renyi graph's (binomial, not the studied
     * matrix's), it is the same for the same seed and different for another.
     */
    @Test
    void densityMatchedKeepsOnlyTheNumberOfSynapses() {
        double[] mine = new double[N];
        w[3][3] = 1.5; // one self-connection, which the rung keeps as a count
        Baseline.Studied withLoop = new Baseline.Studied("measured", w, Transform.spectrum(w), source.neurons());
        double[][] d = TestTransform.BASELINES.of(BaselineKind.DENSITY_MATCHED).drafts(withLoop, spec, 11).get(0)
                .matrix().toDense();
        long offStudied = 0;
        long offDrawn = 0;
        int shared = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                if (i != j) {
                    offStudied += w[i][j] != 0 ? 1 : 0;
                    offDrawn += d[i][j] != 0 ? 1 : 0;
                    shared += w[i][j] != 0 && d[i][j] != 0 ? 1 : 0;
                }
            }
            mine[i] = inDegree(d, i);
        }
        int diagonal = 0;
        for (int i = 0; i < N; i++) {
            diagonal += d[i][i] != 0 ? 1 : 0;
        }
        assertThat(offDrawn).isEqualTo(offStudied);
        assertThat(diagonal).isEqualTo(1);
        // a uniform pattern of density p overlaps the studied one in about p of its synapses
        double p = offStudied / (double) (N * (N - 1));
        assertThat(shared).isBetween((int) (0.7 * p * offStudied), (int) (1.3 * p * offStudied));
        double mean = Arrays.stream(mine).average().orElseThrow();
        double var = Arrays.stream(mine).map(k -> (k - mean) * (k - mean)).sum() / (N - 1);
        assertThat(var / mean).as("in-degree variance over mean (binomial: about 1 - p)").isBetween(0.5, 1.3);
        double[][] again = TestTransform.BASELINES.of(BaselineKind.DENSITY_MATCHED).drafts(withLoop, spec, 11).get(0)
                .matrix().toDense();
        assertThat(again).isDeepEqualTo(d);
        assertThat(TestTransform.BASELINES.of(BaselineKind.DENSITY_MATCHED).drafts(withLoop, spec, 12).get(0)
                .matrix()).isNotEqualTo(d);
    }

    @Test
    void degreePreservingKeepsEveryDegreeAndEachNeuronsOutgoingWeights() {
        double[][] d = draft("degree-preserving", 7);
        for (int i = 0; i < N; i++) {
            assertThat(inDegree(d, i)).as("in-degree of %d", i).isEqualTo(inDegree(w, i));
            assertThat(outDegree(d, i)).as("out-degree of %d", i).isEqualTo(outDegree(w, i));
            assertThat(sortedRow(column(d, i))).as("outgoing weights of %d", i).containsExactly(sortedRow(column(w, i)));
            assertThat(d[i][i]).isEqualTo(w[i][i]);
        }
        double moved = Double.parseDouble(TestTransform.BASELINES.of(BaselineKind.DEGREE_PRESERVING).drafts(studied, spec, 7).get(0).recipe()
                .get("edges-moved"));
        assertThat(moved).as("a sparse graph mixes: most edges leave their place").isGreaterThan(0.7);
    }

    @Test
    void signPreservingKeepsEachSignBlocksEntries() {
        double[][] s = draft("sign-preserving", 11);
        List<Neuron> neurons = source.neurons();
        for (CellSign post : List.of(CellSign.EXCITATORY, CellSign.INHIBITORY)) {
            for (CellSign pre : List.of(CellSign.EXCITATORY, CellSign.INHIBITORY)) {
                List<Double> a = new ArrayList<>();
                List<Double> b = new ArrayList<>();
                for (int i = 0; i < N; i++) {
                    for (int j = 0; j < N; j++) {
                        if (neurons.get(i).sign() == post && neurons.get(j).sign() == pre) {
                            a.add(w[i][j]);
                            b.add(s[i][j]);
                        }
                    }
                }
                assertThat(b).as("%s -> %s", pre, post).containsExactlyInAnyOrderElementsOf(a);
            }
        }
        for (int j = 0; j < N; j++) {
            int sign = neurons.get(j).sign().factor();
            for (double v : column(s, j)) {
                assertThat(v * sign).as("Dale's column sign of %d", j).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void celltypeBlockMatchesTheBlockProbabilitiesWithinSamplingError() {
        int nE = 80;
        int[][] sizes = {{nE, nE}, {nE, N - nE}, {N - nE, nE}, {N - nE, N - nE}};
        double[] seen = new double[4];
        double[] expected = new double[4];
        int draws = 20;
        for (int seed = 0; seed < draws; seed++) {
            double[][] b = draft("celltype-block", seed);
            for (int i = 0; i < N; i++) {
                assertThat(b[i][i]).isZero();
                for (int j = 0; j < N; j++) {
                    if (i != j) {
                        int block = (i < nE ? 0 : 2) + (j < nE ? 0 : 1);
                        seen[block] += b[i][j] != 0 ? 1 : 0;
                        if (seed == 0) {
                            expected[block] += w[i][j] != 0 ? 1 : 0;
                        }
                        if (b[i][j] != 0) {
                            assertThat(Math.signum(b[i][j])).as("weights drawn from the block").isEqualTo(j < nE ? 1 : -1);
                        }
                    }
                }
            }
        }
        for (int block = 0; block < 4; block++) {
            long pairs = (long) sizes[block][0] * sizes[block][1] - (block == 0 || block == 3 ? sizes[block][0] : 0);
            double p = expected[block] / pairs;
            double observed = seen[block] / (draws * (double) pairs);
            double se = Math.sqrt(p * (1 - p) / (draws * (double) pairs));
            assertThat(Math.abs(observed - p)).as("block %d: p %.4f, observed %.4f", block, p, observed)
                    .isLessThan(4 * se);
        }
        Baseline.Studied unclassed = new Baseline.Studied("m", w, studied.spectrum(),
                TestConnectomes.of(w).neurons());
        assertThatThrownBy(() -> TestTransform.BASELINES.of(BaselineKind.CELLTYPE_BLOCK).drafts(unclassed, spec, 1))
                .isInstanceOf(TransformException.class).hasMessageContaining("has no cell class");
    }
}
