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
}
