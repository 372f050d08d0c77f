package org.richlazy.transform.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Per-class motifs against a brute-force enumeration of pairs and triples, and their block-model values. */
class ClassMotifsTest {

    /** A 7-neuron graph in three classes with every kind of motif present. */
    private static double[][] sevenNeurons() {
        double[][] w = new double[7][7];
        int[][] edges = {{1, 0}, {0, 1}, {2, 0}, {3, 0}, {0, 3}, {4, 3}, {3, 4}, {5, 4}, {2, 5}, {1, 4}, {4, 1},
            {6, 2}, {6, 5}, {0, 6}, {3, 6}, {6, 6}, {5, 1}};
        for (int[] e : edges) {
            w[e[0]][e[1]] = e[0] == 6 ? -0.5 : 1;
        }
        return w;
    }

    private static final List<String> CLASSES = List.of("E", "E", "E", "I", "I", "I", "V");

    @Test
    void everyMotifAgreesWithADirectCountOverPairsAndTriples() {
        double[][] w = sevenNeurons();
        ClassMotifs m = ClassMotifs.of(w, CLASSES);
        assertThat(m.classes()).containsExactly("E", "I", "V");
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                String pair = m.classes().get(a) + "," + m.classes().get(b);
                assertThat(m.reciprocal()[a][b]).as("reciprocal " + pair).isCloseTo(brute(w, a, b, "reciprocal"), within(1e-12));
                assertThat(m.convergent()[a][b]).as("convergent " + pair).isCloseTo(brute(w, a, b, "convergent"), within(1e-12));
                assertThat(m.divergent()[a][b]).as("divergent " + pair).isCloseTo(brute(w, a, b, "divergent"), within(1e-12));
                assertThat(m.chain()[a][b]).as("chain " + pair).isCloseTo(brute(w, a, b, "chain"), within(1e-12));
            }
        }
        // by hand: convergent (E, I) sees 7 triples (i; j in E, k in I): (0; 1, 3), (1; 0, 4), (2; 0, 5), (3; 0, 4),
        // (4; 1, 3), (5; 1, 4), (6; 2, 5); with p_EE 1/2, p_EI p_IE 1/3, p_II 1/2, p_VE p_VI 1/3 each neuron
        // expects 1 -> 7 / 7 - 1 = 0
        assertThat(m.convergent()[0][1]).isCloseTo(0, within(1e-12));
        assertThat(m.convergent()[1][0]).isEqualTo(m.convergent()[0][1]);
        assertThat(m.reciprocal()[0][0]).as("E-E: 2 of 6 ordered pairs both ways, 6 * (1/2)^2 expected").isCloseTo(2.0 / 1.5 - 1, within(1e-12));
    }

    @Test
    void oneClassGivesTheWholeNetworkMotifs() {
        double[][] w = sevenNeurons();
        ClassMotifs m = ClassMotifs.of(w, Collections.nCopies(7, "all"));
        StructureStatistics s = StructureStatistics.of(w, null);
        assertThat(m.reciprocal()[0][0]).isCloseTo(s.reciprocal(), within(1e-12));
        assertThat(m.convergent()[0][0]).isCloseTo(s.convergent(), within(1e-12));
        assertThat(m.divergent()[0][0]).isCloseTo(s.divergent(), within(1e-12));
        assertThat(m.chain()[0][0]).isCloseTo(s.chain(), within(1e-12));
    }

    @Test
    void aBlockModelHasMotifsAsAWholeButNoneWithinItsBlocks() {
        int n = 600;
        double[][] p = {{0.02, 0.3}, {0.3, 0.05}};
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            classes.add(i < 450 ? "E" : "I");
        }
        SplittableRandom rng = new SplittableRandom(19);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && rng.nextDouble() < p[i < 450 ? 0 : 1][j < 450 ? 0 : 1]) {
                    w[i][j] = 1;
                }
            }
        }
        StructureStatistics s = StructureStatistics.of(w, classes);
        assertThat(s.divergent()).as("the blocks alone make whole-network motifs").isGreaterThan(0.2);
        ClassMotifs m = s.byClass().orElseThrow();
        for (String motif : ClassMotifs.MOTIFS) {
            for (double[] row : m.motif(motif)) {
                for (double v : row) {
                    // the sparsest block (E->E, about 4,000 connections) gives a_recip a standard error near 0.2
                    assertThat(v).as(motif).isCloseTo(0, within(motif.equals("reciprocal") ? 0.6 : 0.05));
                }
            }
        }
    }

    @Test
    void jsonHoldsTheMatricesWithNullForUndefinedValues() {
        double[][] w = new double[3][3];
        w[1][0] = 1;
        ClassMotifs m = ClassMotifs.of(w, List.of("E", "E", "I"));
        // E-E: 1 of 2 ordered pairs connected, none both ways: 0 / (2 * 0.5 * 0.5) - 1; no E-I connection at all
        assertThat(m.reciprocal()[0][0]).isEqualTo(-1.0);
        assertThat(m.reciprocal()[0][1]).isNaN();
        assertThat(m.toJson()).startsWith("{\"classes\": [\"E\", \"I\"], \"reciprocal\": [[-1.0, null], [null, null]]")
                .contains("\"chain\": [[");
    }

    @Test
    void refusesTooManyClassesAndMissingOnes() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= ClassMotifs.MAX_CLASSES; i++) {
            many.add("c" + i);
        }
        assertThat(ClassMotifs.applies(many)).isFalse();
        assertThat(ClassMotifs.applies(java.util.Arrays.asList("E", null))).isFalse();
        assertThat(StructureStatistics.of(new double[many.size()][many.size()], many).byClass()).isEmpty();
        assertThatThrownBy(() -> ClassMotifs.of(new double[2][2], List.of("E", "E", "I")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one class per neuron");
    }

    /** The motif (a, b) by enumerating every ordered pair or triple of different neurons. */
    private static double brute(double[][] w, int a, int b, String motif) {
        List<String> names = List.of("E", "I", "V");
        int n = w.length;
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = names.indexOf(CLASSES.get(i));
        }
        double[][] links = new double[3][3];
        double[][] pairs = new double[3][3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    pairs[c[i]][c[j]]++;
                    links[c[i]][c[j]] += w[i][j] != 0 ? 1 : 0;
                }
            }
        }
        double[][] p = new double[3][3];
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                p[x][y] = links[x][y] / pairs[x][y];
            }
        }
        double seen = 0;
        double expected = 0;
        if (motif.equals("reciprocal")) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && c[i] == a && c[j] == b) {
                        seen += w[i][j] != 0 && w[j][i] != 0 ? 1 : 0;
                        expected += p[a][b] * p[b][a];
                    }
                }
            }
            return seen / expected - 1;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    if (i == j || j == k || i == k) {
                        continue;
                    }
                    switch (motif) {
                        case "convergent" -> { // j in a, k in b, both onto i
                            if (c[j] == a && c[k] == b) {
                                seen += w[i][j] != 0 && w[i][k] != 0 ? 1 : 0;
                                expected += p[c[i]][a] * p[c[i]][b];
                            }
                        }
                        case "divergent" -> { // k onto j in a and onto i in b
                            if (c[j] == a && c[i] == b) {
                                seen += w[j][k] != 0 && w[i][k] != 0 ? 1 : 0;
                                expected += p[a][c[k]] * p[b][c[k]];
                            }
                        }
                        default -> { // chain k in a -> j -> i in b
                            if (c[k] == a && c[i] == b) {
                                seen += w[j][k] != 0 && w[i][j] != 0 ? 1 : 0;
                                expected += p[c[j]][a] * p[b][c[j]];
                            }
                        }
                    }
                }
            }
        }
        return seen / expected - 1;
    }
}
