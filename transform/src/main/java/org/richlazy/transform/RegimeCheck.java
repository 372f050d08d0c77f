package org.richlazy.transform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * Whether the scaled studied matrix starts in the dynamical regime its baselines are in (docs/science.md,
 * "Regime check"). After scaling to a common norm, an unsigned connectome keeps a real Perron eigenvalue many
 * times the bulk of a random matrix: a network started there explodes or saturates and falls silent, learns
 * little, and any verdict against the baselines compares different regimes rather than different structures.
 *
 * <p>The reference radius is the largest spectral radius among the baselines, or the gain g when there are
 * none (the circular-law radius of the paper's Gaussian init g randn(N, N) / sqrt(N)). The check fires when the
 * studied matrix's largest eigenvalue real part is more than {@link #FACTOR} times the reference (an expanding
 * mode that rectified units cannot quench), or its spectral radius less than 1 / {@link #FACTOR} of it. A large
 * negative or complex outlier, as an inhibition-dominated cell-type matrix has (the built-in V1 table: radius
 * 5.7 at g = 1.25, largest real part 0.94), only damps the mean activity and does not fire it.
 */
public final class RegimeCheck {
    /** How far (as a factor) the studied spectral radius may lie from the reference before the check fires. */
    public static final double FACTOR = 2;

    private RegimeCheck() {
    }

    /**
     * The warning, one paragraph, or empty when the studied matrix is within {@link #FACTOR} of the reference.
     *
     * @param radius       the scaled studied matrix's spectral radius
     * @param dominant     the largest real part of its eigenvalues
     * @param baselineRadii the baselines' spectral radii (may be empty; a radius not computed, NaN, is left out)
     * @param gain         g, the reference when there are no baselines
     */
    public static Optional<String> warning(double radius, double dominant, List<Double> baselineRadii, double gain) {
        baselineRadii = baselineRadii.stream().filter(Double::isFinite).toList();
        double reference = baselineRadii.stream().mapToDouble(Double::doubleValue).max().orElse(gain);
        String against = baselineRadii.isEmpty() ? "the gain g = " + number(gain) + " (a Gaussian init's radius)"
                : "the baselines' largest, " + number(reference);
        if (!(reference > 0) || !Double.isFinite(radius)) {
            return Optional.empty();
        }
        double growth = dominant / reference;
        if (growth > FACTOR) {
            boolean perron = Math.abs(dominant - radius) <= 1e-9 * radius;
            return Optional.of("The studied matrix starts far outside the baselines' regime: its eigenvalue of"
                    + " largest real part after scaling is " + number(dominant) + ", " + number(growth) + " times "
                    + against + (perron ? "; it is real, positive and the largest in modulus, the Perron outlier"
                    + " of mostly excitatory (or unsigned) weights" : "")
                    + ". Trained from it, a network is likely to explode or saturate and fall silent, learn little,"
                    + " and a verdict would compare regimes, not structures. What addresses it: signs (a sign rule"
                    + " for the source, or transform.signs: dale with cell classes), transform.row-balance: true,"
                    + " transform.selection: top-degree, or transform.scaling: spectral-radius.");
        }
        double ratio = radius / reference;
        if (ratio < 1 / FACTOR) {
            return Optional.of("The studied matrix starts far outside the baselines' regime: its spectral radius"
                    + " after scaling is " + number(radius) + ", " + number(ratio) + " times " + against
                    + ". Activity decays faster in it than in the baselines, so its units may fall silent and"
                    + " its alignments become undefined. What addresses it: transform.scaling: spectral-radius, or a"
                    + " larger transform.gain.");
        }
        return Optional.empty();
    }

    /** The check of an init set: its studied matrix against its baselines, or against its recipe's gain alone. */
    public static Optional<String> warning(InitSet set) {
        return warning(set.studied().spectrum(), new Recipe(set.studied().recipe()), set.baselines().stream()
                .map(b -> b.spectrum().spectralRadius()).toList());
    }

    /**
     * The check of a studied init's spectrum against the baselines' spectral radii, or (none given) against the
     * gain g of its recipe ({@link Recipe#gain()}).
     */
    public static Optional<String> warning(Spectrum studied, Recipe recipe, List<Double> baselineRadii) {
        double dominant = java.util.Arrays.stream(studied.eigenReal()).max().orElse(Double.NaN);
        return warning(studied.spectralRadius(), dominant, baselineRadii, recipe.gain());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
