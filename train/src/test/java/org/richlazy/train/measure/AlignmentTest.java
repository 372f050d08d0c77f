package org.richlazy.train.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AlignmentTest {

    /** R0 = I gives K0 = I; R = [[1,1],[0,1]] gives K = [[2,1],[1,1]]: RA = 3 / (sqrt 2 sqrt 7). */
    @Test
    void representationAlignmentByHand() {
        double[][] k0 = {{1, 0}, {0, 1}};
        double[][] k = {{2, 1}, {1, 1}};
        assertThat(Alignment.cosine(k0, k)).isCloseTo(3 / Math.sqrt(14), within(1e-15));
        assertThat(Alignment.cosine(k, k)).isCloseTo(1, within(1e-15));
    }

    /** K = [[2,1],[1,2]], tr K = 4: y = (1,0) gives 2/4; y = (1,1) gives 6/(2*4). */
    @Test
    void kernelTargetAlignmentByHand() {
        double[][] k = {{2, 1}, {1, 2}};
        assertThat(Alignment.kernelTarget(k, new double[] {1, 0})).isCloseTo(0.5, within(1e-15));
        assertThat(Alignment.kernelTarget(k, new double[] {1, 1})).isCloseTo(0.75, within(1e-15));
    }

    /**
     * A = I_3 centres to H = I - 11^T/3; B = e1 e1^T centres to u u^T with u = H e1 = (2/3, -1/3, -1/3):
     * <H, uu^T> = u^T u = 2/3, ||H|| = sqrt 2, ||uu^T|| = 2/3, so the centred alignment is 1/sqrt 2 (uncentred
     * 1/sqrt 3).
     */
    @Test
    void centeredAlignmentByHand() {
        double[][] a = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double[][] b = {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        assertThat(Alignment.centeredCosine(a, b)).isCloseTo(1 / Math.sqrt(2), within(1e-15));
        assertThat(Alignment.cosine(a, b)).isCloseTo(1 / Math.sqrt(3), within(1e-15));
        assertThat(Alignment.centered(b)[0]).containsExactly(new double[] {4 / 9.0, -2 / 9.0, -2 / 9.0},
                within(1e-15));
    }

    /**
     * The centred alignment of linear kernels X X^T, Y Y^T is linear CKA in its feature form
     * ||Yc^T Xc||^2 / (||Xc^T Xc|| ||Yc^T Yc||) (Kornblith et al. 2019), computed here from column-centred
     * features; adding a constant to every feature changes the uncentred alignment but not CKA.
     */
    @Test
    void centeredAlignmentOfLinearKernelsIsLinearCka() {
        java.util.Random rng = new java.util.Random(5);
        int rows = 7;
        double[][] x = new double[rows][4];
        double[][] y = new double[rows][3];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextGaussian();
            }
            for (int j = 0; j < 3; j++) {
                y[i][j] = x[i][j] + 0.5 * rng.nextGaussian();
            }
        }
        double cka = featureCka(x, y);
        assertThat(Alignment.centeredCosine(gram(x), gram(y))).isCloseTo(cka, within(1e-12));
        double[][] shifted = new double[rows][];
        for (int i = 0; i < rows; i++) {
            shifted[i] = java.util.Arrays.stream(y[i]).map(v -> v + 3).toArray();
        }
        assertThat(Alignment.centeredCosine(gram(x), gram(shifted))).isCloseTo(cka, within(1e-12));
        assertThat(Math.abs(Alignment.cosine(gram(x), gram(shifted)) - Alignment.cosine(gram(x), gram(y))))
                .isGreaterThan(0.01);
    }

    private static double[][] gram(double[][] x) {
        double[][] k = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                for (int p = 0; p < x[i].length; p++) {
                    k[i][j] += x[i][p] * x[j][p];
                }
            }
        }
        return k;
    }

    private static double featureCka(double[][] x, double[][] y) {
        double[][] xc = centerColumns(x);
        double[][] yc = centerColumns(y);
        return Math.pow(frobenius(cross(yc, xc)), 2) / (frobenius(cross(xc, xc)) * frobenius(cross(yc, yc)));
    }

    private static double[][] centerColumns(double[][] x) {
        double[][] c = new double[x.length][x[0].length];
        for (int j = 0; j < x[0].length; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / x.length;
            }
            for (int i = 0; i < x.length; i++) {
                c[i][j] = x[i][j] - mean;
            }
        }
        return c;
    }

    /** A^T B. */
    private static double[][] cross(double[][] a, double[][] b) {
        double[][] c = new double[a[0].length][b[0].length];
        for (int i = 0; i < a[0].length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int r = 0; r < a.length; r++) {
                    c[i][j] += a[r][i] * b[r][j];
                }
            }
        }
        return c;
    }

    private static double frobenius(double[][] m) {
        double s = 0;
        for (double[] row : m) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** K = [[2,1],[1,2]], ||K||_F = sqrt 10: y = (1,0) gives 2/sqrt 10; y = (1,1) gives 6/(2 sqrt 10). */
    @Test
    void standardKernelTargetAlignmentByHand() {
        double[][] k = {{2, 1}, {1, 2}};
        assertThat(Alignment.kernelTargetStandard(k, new double[] {1, 0})).isCloseTo(2 / Math.sqrt(10), within(1e-15));
        assertThat(Alignment.kernelTargetStandard(k, new double[] {1, 1})).isCloseTo(3 / Math.sqrt(10), within(1e-15));
    }

    /** Active states (>0): (1,-1,0,2) vs (1,1,-3,0) agree at entries 0 and 2. */
    @Test
    void signSimilarityByHand() {
        assertThat(Alignment.signSimilarity(new double[] {1, -1, 0, 2}, new double[] {1, 1, -3, 0})).isEqualTo(0.5);
    }

    @Test
    void normsByHand() {
        assertThat(Alignment.norm(new double[] {3, 4})).isEqualTo(5.0);
        assertThat(Alignment.distance(new double[] {1, 1}, new double[] {4, 5})).isEqualTo(5.0);
    }

    /** Two orthogonal directions with equal spread: dimension 2; with spreads 3 and 1 (variances 9, 1): 100 / 82. */
    @Test
    void participationRatioByHand() {
        double[][] equal = gram(new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}});
        assertThat(Alignment.participationRatio(equal)).isCloseTo(2, within(1e-15));
        double[][] unequal = gram(new double[][] {{3, 0}, {-3, 0}, {0, 1}, {0, -1}});
        assertThat(Alignment.participationRatio(unequal)).isCloseTo(100.0 / 82, within(1e-14));
        // a shift of every state changes nothing: the states are centred
        double[][] shifted = gram(new double[][] {{8, 5}, {2, 5}, {5, 6}, {5, 4}});
        assertThat(Alignment.participationRatio(shifted)).isCloseTo(100.0 / 82, within(1e-13));
        assertThat(Alignment.participationRatio(gram(new double[][] {{1, 2}, {1, 2}}))).isNaN();
    }

    /** The participation ratio from the Gram matrix equals the one from the covariance's eigenvalues. */
    @Test
    void participationRatioIsThatOfTheCovarianceEigenvalues() {
        java.util.random.RandomGenerator rng = org.richlazy.train.SeededRandom.create(4);
        double[][] r = new double[30][6];
        for (double[] row : r) {
            for (int j = 0; j < 6; j++) {
                row[j] = rng.nextGaussian() * (j + 1);
            }
        }
        double[] mean = new double[6];
        for (double[] row : r) {
            for (int j = 0; j < 6; j++) {
                mean[j] += row[j] / r.length;
            }
        }
        org.ejml.data.DMatrixRMaj c = new org.ejml.data.DMatrixRMaj(6, 6);
        for (double[] row : r) {
            for (int a = 0; a < 6; a++) {
                for (int b = 0; b < 6; b++) {
                    c.add(a, b, (row[a] - mean[a]) * (row[b] - mean[b]));
                }
            }
        }
        var eig = org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(6, false, true);
        assertThat(eig.decompose(c)).isTrue();
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < 6; i++) {
            double l = eig.getEigenvalue(i).real;
            sum += l;
            squares += l * l;
        }
        assertThat(Alignment.participationRatio(gram(r))).isCloseTo(sum * sum / squares, within(1e-12));
    }
}
