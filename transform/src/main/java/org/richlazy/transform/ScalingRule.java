package org.richlazy.transform;

import java.util.Map;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.spectrum.SpectrumCalculator;

/**
 * Scaling of every init to the same target (docs/science.md#initial-weights-and-baselines). The target is the value
 * the paper's
 * Gaussian {@code g * randn(N,N) / sqrt(N)} has for the measure: Frobenius norm {@code g sqrt(N)}
 * (the paper's rule and the default, g = 1.25), spectral radius {@code g} (circular law), or largest
 * singular value {@code 2g} (quarter-circle edge). The factor {@code target / measure(W)} multiplies
 * the whole matrix. The config word is {@code transform.scaling}'s.
 */
public enum ScalingRule implements ConfigWord {
    FROBENIUS("Frobenius norm", "g * sqrt(N)"),
    SPECTRAL_RADIUS("spectral radius", "g"),
    MAX_SINGULAR_VALUE("largest singular value", "2 * g");

    private final String measure;
    private final String formula;

    ScalingRule(String measure, String formula) {
        this.measure = measure;
        this.formula = formula;
    }

    /** The target value of the measure for N neurons and gain g. */
    double target(int n, double gain) {
        return switch (this) {
            case FROBENIUS -> gain * Math.sqrt(n);
            case SPECTRAL_RADIUS -> gain;
            case MAX_SINGULAR_VALUE -> 2 * gain;
        };
    }

    double measure(Spectrum s) {
        return switch (this) {
            case FROBENIUS -> s.frobeniusNorm();
            case SPECTRAL_RADIUS -> s.spectralRadius();
            case MAX_SINGULAR_VALUE -> s.maxSingularValue();
        };
    }

    /**
     * The scaled matrix and its spectrum, and the spectrum before scaling.
     */
    record Scaled(double[][] matrix, Spectrum spectrum, Spectrum before) {
    }

    /**
     * Scales {@code w} so that its measure equals the target, and records the rule, target, the
     * measure before and the factor in {@code recipe} (keys {@code scaling*}).
     *
     * @throws TransformException if {@code gain} is not positive and finite, the measure of
     *                            {@code w} is 0 (nothing to scale), or the factor {@code target / measure}
     *                            makes an entry non-finite (a measure tiny beside the largest entry)
     */
    Scaled apply(String what, double[][] w, double gain, Map<String, String> recipe) {
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new TransformException("TransformSpec.gain", "g = " + gain, "a finite g > 0");
        }
        Spectrum before = SpectrumCalculator.of(w);
        double value = measure(before);
        if (!(value > 0)) {
            throw new TransformException(what, "its " + measure + " is " + value,
                    "a nonzero " + measure + " to scale to " + formula + " (try another scaling rule)");
        }
        double target = target(w.length, gain);
        double factor = target / value;
        double[][] scaled = Matrices.scaled(w, factor);
        for (int i = 0; i < scaled.length; i++) {
            for (int j = 0; j < scaled.length; j++) {
                if (!Double.isFinite(scaled[i][j])) {
                    throw new TransformException(what + " [" + i + "][" + j + "]", "weight " + w[i][j] + " times the"
                            + " factor " + factor + " (" + formula + " / " + measure + " " + value + ") is not finite",
                            "a " + measure + " large enough beside the largest weight (try another scaling rule)");
                }
            }
        }
        recipe.put("scaling", word() + ": " + measure + " scaled to " + formula);
        recipe.put("scaling.gain", Double.toString(gain));
        recipe.put("scaling.target", Double.toString(target));
        recipe.put("scaling.before", Double.toString(value));
        recipe.put("scaling.factor", Double.toString(factor));
        return new Scaled(scaled, before.scaledBy(factor), before);
    }
}
