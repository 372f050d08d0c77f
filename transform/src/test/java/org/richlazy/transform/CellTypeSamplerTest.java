package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.CellClass;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.CellTypeTable;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Provenance;

class CellTypeSamplerTest {
    private final CellTypeTable table = TestTables.mouseV1L23();

    @Test
    void largestRemainderRoundingByHand() {
        // N = 300: quotas 270, 8.88, 6.42, 14.7 -> floors 270, 8, 6, 14 (298); +1 to PV (.88), VIP (.70)
        assertThat(CellTypeSampler.classCounts(table.classes(), 300)).containsExactly(270, 9, 6, 15);
        // N = 10: quotas 9, .296, .214, .49 -> the one left goes to VIP
        assertThat(CellTypeSampler.classCounts(table.classes(), 10)).containsExactly(9, 0, 0, 1);
    }

    @Test
    void provenanceRecordsAssignmentSeedAndMissingFits() {
        Connectome c = CellTypeSampler.sample(table, 300, 7, Strength.LOGNORMAL);
        List<String> steps = c.provenance().steps().stream().map(s -> s.action() + " (" + s.count() + "): "
                + s.reason()).toList();
        assertThat(steps).anyMatch(s -> s.startsWith("table note"));
        assertThat(steps).anyMatch(s -> s.contains("assigned neurons") && s.contains("E 0.9 -> 270"));
        assertThat(steps).anyMatch(s -> s.contains("seed 7"));
        assertThat(steps).anyMatch(s -> s.contains("without a log-normal fit") && s.contains("VIP->E"));
        assertThat(c.weightUnit()).isEqualTo("mV");
    }

    /**
     * Per class pair (post, pre), the connected fraction of the n_post * n_pre ordered pairs (minus
     * the n diagonal pairs when the classes coincide) must lie within 5 binomial standard errors
     * of the table, and the worst error must shrink from N = 400 to N = 3000.
     */
    @Test
    void empiricalConnectionProbabilityConvergesToTheTable() {
        double worstSmall = worstError(400, 3);
        double worstLarge = worstError(3000, 4);
        assertThat(worstLarge).isLessThan(worstSmall);
        assertThat(worstLarge).isLessThan(0.03);
    }

    private double worstError(int n, long seed) {
        Connectome c = CellTypeSampler.sample(table, n, seed, Strength.MEAN);
        int[] counts = CellTypeSampler.classCounts(table.classes(), n);
        int[] start = new int[5];
        for (int k = 0; k < 4; k++) {
            start[k + 1] = start[k] + counts[k];
        }
        double worst = 0;
        for (int post = 0; post < 4; post++) {
            for (int pre = 0; pre < 4; pre++) {
                long connected = 0;
                long trials = 0;
                for (int i = start[post]; i < start[post + 1]; i++) {
                    for (int j = start[pre]; j < start[pre + 1]; j++) {
                        if (i != j) {
                            trials++;
                            connected += c.weight(i, j) != 0 ? 1 : 0;
                        }
                    }
                }
                double p = table.probability(post, pre);
                double phat = (double) connected / trials;
                double se = Math.sqrt(p * (1 - p) / trials);
                assertThat(Math.abs(phat - p)).as("pair pre %d -> post %d at N %d", pre, post, n)
                        .isLessThanOrEqualTo(5 * se);
                worst = Math.max(worst, Math.abs(phat - p));
            }
        }
        return worst;
    }

    @Test
    void signsFollowThePresynapticClassAndMeanStrengthIsExact() {
        Connectome c = CellTypeSampler.sample(table, 300, 11, Strength.MEAN);
        int[] counts = CellTypeSampler.classCounts(table.classes(), 300);
        int[] classOf = classOf(counts);
        for (int i = 0; i < 300; i++) {
            assertThat(c.weight(i, i)).isZero();
            for (int j = 0; j < 300; j++) {
                double w = c.weight(i, j);
                if (w != 0) {
                    int sign = table.classes().get(classOf[j]).sign().factor();
                    assertThat(Math.signum(w)).isEqualTo(sign);
                    assertThat(Math.abs(w)).isCloseTo(table.meanStrength(classOf[i], classOf[j]), within(1e-15));
                }
            }
        }
        assertThat(c.neurons().get(0).id()).isEqualTo("E#0");
        assertThat(c.neurons().get(270).cellClass()).isEqualTo("PV");
        assertThat(c.neurons().get(299).sign()).isEqualTo(CellSign.INHIBITORY);
    }

    /** Log-normal draws: median |w| -> scale and sd of log|w| -> shape, per pair (here E -> E). */
    @Test
    void logNormalDrawsFollowTheFit() {
        Connectome c = CellTypeSampler.sample(table, 1000, 5, Strength.LOGNORMAL);
        int nE = CellTypeSampler.classCounts(table.classes(), 1000)[0];
        double sum = 0;
        double sumSq = 0;
        int m = 0;
        for (int i = 0; i < nE; i++) {
            for (int j = 0; j < nE; j++) {
                double w = c.weight(i, j);
                if (w != 0) {
                    double l = Math.log(w);
                    sum += l;
                    sumSq += l * l;
                    m++;
                }
            }
        }
        double mu = sum / m;
        double sd = Math.sqrt(sumSq / m - mu * mu);
        assertThat(m).isGreaterThan(30000);
        assertThat(Math.exp(mu)).isCloseTo(0.8 * 0.522, within(0.01));
        assertThat(sd).isCloseTo(0.5, within(0.01));
        // VIP -> E has no fit: its connections carry the mean 0.404, negative (VIP inhibitory)
        int vipStart = 1000 - CellTypeSampler.classCounts(table.classes(), 1000)[3];
        for (int i = 0; i < nE; i++) {
            for (int j = vipStart; j < 1000; j++) {
                if (c.weight(i, j) != 0) {
                    assertThat(c.weight(i, j)).isEqualTo(-0.404);
                }
            }
        }
    }

    @Test
    void sameSeedSameMatrixOtherSeedOtherMatrix() {
        double[][] a = CellTypeSampler.sample(table, 100, 1, Strength.MEAN).weightsCopy();
        double[][] b = CellTypeSampler.sample(table, 100, 1, Strength.MEAN).weightsCopy();
        double[][] d = CellTypeSampler.sample(table, 100, 2, Strength.MEAN).weightsCopy();
        assertThat(a).isDeepEqualTo(b);
        assertThat(java.util.Arrays.deepEquals(a, d)).isFalse();
    }

    @Test
    void badTablesAreTypedErrors() {
        assertThatThrownBy(() -> CellTypeSampler.sample(table, 0, 1, Strength.MEAN))
                .isInstanceOf(TransformException.class).hasMessageContaining("N >= 1");
        CellTypeTable unsigned = new CellTypeTable(
                List.of(new CellClass("X", 1.0, CellSign.UNKNOWN)), new double[][] {{0.5}}, new double[][] {{1}},
                Optional.empty(), "mV", List.of(), Provenance.of(List.of("t"), "celltype-table", "post rows"));
        assertThatThrownBy(() -> CellTypeSampler.sample(unsigned, 10, 1, Strength.MEAN))
                .isInstanceOf(TransformException.class).hasMessageContaining("cell class X");
        CellTypeTable badSum = new CellTypeTable(
                List.of(new CellClass("X", 0.5, CellSign.EXCITATORY)), new double[][] {{0.5}}, new double[][] {{1}},
                Optional.empty(), "mV", List.of(), Provenance.of(List.of("t"), "celltype-table", "post rows"));
        assertThatThrownBy(() -> CellTypeSampler.sample(badSum, 10, 1, Strength.MEAN))
                .isInstanceOf(TransformException.class).hasMessageContaining("sum to 0.5");
        CellTypeTable noFits = new CellTypeTable(
                List.of(new CellClass("X", 1.0, CellSign.EXCITATORY)), new double[][] {{0.5}}, new double[][] {{1}},
                Optional.empty(), "mV", List.of(), Provenance.of(List.of("t"), "celltype-table", "post rows"));
        assertThatThrownBy(() -> CellTypeSampler.sample(noFits, 10, 1, Strength.LOGNORMAL))
                .isInstanceOf(TransformException.class).hasMessageContaining("no log-normal fits");
    }

    private static int[] classOf(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        int[] out = new int[n];
        int at = 0;
        for (int k = 0; k < counts.length; k++) {
            for (int m = 0; m < counts[k]; m++) {
                out[at++] = k;
            }
        }
        return out;
    }
}
