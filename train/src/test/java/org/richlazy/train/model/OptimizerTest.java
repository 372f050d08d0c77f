package org.richlazy.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OptimizerTest {

    /** v1 = g1 = 2, p1 = 1 - 0.1*2 = 0.8; v2 = 0.9*2 + 1 = 2.8, p2 = 0.8 - 0.28 = 0.52. */
    @Test
    void sgdMomentumPytorchConvention() {
        double[][] p = {{1.0}};
        Optimizer sgd = OptimizerKind.SGD.create(0.1, 0.9);
        sgd.step(p, new double[][] {{2.0}});
        assertThat(p[0][0]).isCloseTo(0.8, within(1e-15));
        sgd.step(p, new double[][] {{1.0}});
        assertThat(p[0][0]).isCloseTo(0.52, within(1e-15));
    }

    /**
     * Step 1: m = 0.1 g, v = 0.001 g^2, update = lr * g / (|g| + eps) ~ lr sign(g).
     * Step 2 with g2: m = 0.09 g1 + 0.1 g2, v = 0.000999 g1^2 + 0.001 g2^2, corrections 0.19 and 0.001999.
     */
    @Test
    void adamPytorchDefaults() {
        double[][] p = {{1.0}};
        Optimizer adam = OptimizerKind.ADAM.create(0.01, 0.9);
        adam.step(p, new double[][] {{2.0}});
        assertThat(p[0][0]).isCloseTo(1 - 0.01 * 2 / (2 + 1e-8), within(1e-15));
        adam.step(p, new double[][] {{-1.0}});
        double m = 0.09 * 2 + 0.1 * -1;
        double v = 0.000999 * 4 + 0.001 * 1;
        double expected = 1 - 0.01 * 2 / (2 + 1e-8) - 0.01 / 0.19 * m / (Math.sqrt(v) / Math.sqrt(1 - 0.999 * 0.999) + 1e-8);
        assertThat(p[0][0]).isCloseTo(expected, within(1e-14));
    }

    /** The float32 updates follow the float64 ones over several steps, to float32 rounding. */
    @Test
    void float32StepsMatchFloat64Steps() {
        for (OptimizerKind name : OptimizerKind.values()) {
            double[][] p = {{1.0, -0.5}};
            float[][] q = {{1.0f, -0.5f}};
            Optimizer wide = name.create(0.01, 0.9);
            Optimizer single = name.create(0.01, 0.9);
            double[][] grads = {{2.0, 0.1}, {-1.0, 0.3}, {0.5, -0.2}};
            for (double[] g : grads) {
                wide.step(p, new double[][] {g});
                single.step(q, new float[][] {{(float) g[0], (float) g[1]}});
            }
            assertThat((double) q[0][0]).as(name.word()).isCloseTo(p[0][0], within(1e-6));
            assertThat((double) q[0][1]).as(name.word()).isCloseTo(p[0][1], within(1e-6));
            assertThat(p[0][0]).as(name.word()).isNotEqualTo(1.0);
        }
    }
}
