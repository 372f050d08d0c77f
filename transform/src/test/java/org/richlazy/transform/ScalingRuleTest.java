package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.Matrices;

class ScalingRuleTest {
    private final double[][] w = TestConnectomes.signedSparse(50, 3).weightsCopy();

    @Test
    void eachRuleHitsTheGaussiansValueOfItsMeasure() {
        double g = 1.25;
        Map<String, String> recipe = new LinkedHashMap<>();
        ScalingRule.Scaled f = ScalingRule.FROBENIUS.apply("w", new DenseMatrix(w), g, 0, recipe);
        assertThat(Matrices.frobenius(f.matrix().toDense())).isCloseTo(g * Math.sqrt(50), within(1e-9));
        assertThat(Double.parseDouble(recipe.get("scaling.factor")))
                .isCloseTo(g * Math.sqrt(50) / Matrices.frobenius(w), within(1e-12));
        assertThat(recipe.get("scaling.target")).isEqualTo(Double.toString(g * Math.sqrt(50)));

        ScalingRule.Scaled r = ScalingRule.SPECTRAL_RADIUS.apply("w", new DenseMatrix(w), g, 0, new LinkedHashMap<>());
        assertThat(Transform.spectrum(r.matrix().toDense()).spectralRadius()).isCloseTo(g, within(1e-9));
        assertThat(r.spectrum().spectralRadius()).isCloseTo(g, within(1e-12));

        ScalingRule.Scaled s = ScalingRule.MAX_SINGULAR_VALUE.apply("w", new DenseMatrix(w), g, 0, new LinkedHashMap<>());
        assertThat(Transform.spectrum(s.matrix().toDense()).maxSingularValue()).isCloseTo(2 * g, within(1e-9));
    }

    @Test
    void zeroMeasureAndBadNamesAreErrors() {
        double[][] nilpotent = {{0, 1}, {0, 0}};
        assertThatThrownBy(() -> ScalingRule.SPECTRAL_RADIUS.apply("feedforward", new DenseMatrix(nilpotent), 1.25, 0, new LinkedHashMap<>()))
                .isInstanceOf(TransformException.class).hasMessageContaining("spectral radius is 0");
        assertThatThrownBy(() -> ScalingRule.FROBENIUS.apply("w", new DenseMatrix(w), -1, 0, new LinkedHashMap<>()))
                .isInstanceOf(TransformException.class).hasMessageContaining("g > 0");
    }
}
