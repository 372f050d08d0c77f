package org.richlazy.transform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the {@code inits/} folder of a results directory:
 * {@code inits/<name>.h5} (datasets {@code W0} [post][pre] float64, {@code singular_values},
 * {@code eigenvalues_real}, {@code eigenvalues_imag}; the recipe, seed and effective ranks as
 * root attributes) and {@code inits/summary.csv} (one row per init: name, N, erEig, erSV,
 * participation_ratio, entropy_rank, stable_rank, spectral_radius, max_singular_value,
 * frobenius_norm, seed, recipe).
 */
public final class InitStore {
    private InitStore() {
    }

    /** Writes every init of the set under {@code resultsDir/inits/}. */
    public static void write(Path resultsDir, InitSet set) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Reads {@code resultsDir/inits/summary.csv}: one ordered column-name to value map per init. */
    public static List<Map<String, String>> readSummary(Path resultsDir) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Reads one init back (matrix, spectrum, recipe, seed) from {@code resultsDir/inits/<name>.h5}. */
    public static InitialWeights read(Path resultsDir, String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
