package org.richlazy.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CrossEntropyTest {

    /**
     * Two steps, one trial, two outputs. Step 1 logits (0, ln 2) label 0: loss ln 3; step 2 logits
     * (ln 3, 0) label 0: loss ln(4/3). Mean over both steps; last step only gives ln(4/3).
     */
    @Test
    void meanOverCountedPairs() {
        double[][] logits = {null, {0, Math.log(2)}, {Math.log(3), 0}};
        Trajectory traj = new Trajectory(1, new double[3][], new double[3][], logits);
        int[][] labels = {{0}, {0}};
        CrossEntropy.Evaluation all = CrossEntropy.evaluate(traj, labels, 2, true, 1);
        assertThat(all.loss()).isCloseTo((Math.log(3) + Math.log(4.0 / 3)) / 2, within(1e-15));
        assertThat(all.accuracy()).isEqualTo(1.0);
        assertThat(all.dLogits()[1]).containsExactly(new double[] {(1.0 / 3 - 1) / 2, (2.0 / 3) / 2}, within(1e-15));
        CrossEntropy.Evaluation last = CrossEntropy.evaluate(traj, labels, 2, false, 1);
        assertThat(last.loss()).isCloseTo(Math.log(4.0 / 3), within(1e-15));
        assertThat(last.dLogits()[1]).isNull();
        assertThat(CrossEntropy.evaluate(traj, new int[][] {{0}, {1}}, 2, true, 1).accuracy()).isZero();
    }
}
