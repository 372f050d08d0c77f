package org.richlazy.transform;

import jakarta.inject.Inject;
import org.richlazy.ingest.Ingested;
import org.richlazy.transform.baseline.BaselineModule;
import org.richlazy.transform.baseline.Baselines;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.spectrum.SpectrumCalculator;

/** The transform stage: ingested connectivity to an {@link InitSet}, with the baselines {@link BaselineModule} binds. */
public final class Transform {
    private final Baselines baselines;

    @Inject
    public Transform(Baselines baselines) {
        this.baselines = baselines;
    }

    /**
     * Samples (cell-type table) or selects (matrix) N neurons, applies the sign rule, scales, and
     * builds each baseline scaled the same way, every draw from {@code spec.seed()}
     * (docs/science.md#initial-weights-and-baselines).
     *
     * <ol>
     *   <li>Source: a matrix is used as ingested, and the studied init is named {@code measured};
     *       a cell-type table is sampled by {@link CellTypeSampler} into N neurons (default 300) and the
     *       studied init is named {@code celltype}.</li>
     *   <li>Selection of N neurons ({@code all}, {@code first}, {@code random}, {@code top-degree},
     *       {@code quotas}; by default {@code top-degree} when the source holds more than N neurons, else
     *       {@code all}); the kept ids and the rule go into the recipe and the source's provenance, and
     *       {@link InitSet#selection()} says it in one line.</li>
     *   <li>Signs: as ingested, or Dale's law by the presynaptic neuron's E/I; then optional row balance.</li>
     *   <li>Truncation (optional, {@code spec.truncate()} = r, ours): the signed matrix is replaced by its best
     *       rank-r approximation (top r singular triplets, Eckart-Young) and the studied init is named
     *       {@code measured-rank-<r>} or {@code celltype-rank-<r>}; the recipe records r and the kept fraction
     *       {@code sum_{k<r} s_k^2 / sum s_k^2}. With a task-trained network's {@code W_h} as the source this is
     *       a task-aligned low-rank init (Liu et al. 2024's exception to "low rank learns richer").</li>
     *   <li>Scaling by one factor so that the measure hits the paper Gaussian's value:
     *       Frobenius norm {@code g sqrt(N)} ({@code frobenius}, paper default, g = 1.25), spectral radius
     *       {@code g} ({@code spectral-radius}) or largest singular value {@code 2g}
     *       ({@code max-singular-value}).</li>
     *   <li>Baselines, in the configured order, each made from the signed (and truncated) studied matrix
     *       before scaling and then scaled by the same rule to the same target: {@code gaussian};
     *       {@code truncated-rank} (inits {@code rank-<r>} sharing one Gaussian draw); {@code rank-matched}
     *       (r = round(PR) or round(erEig N)); {@code spectrum-matched} (Haar U, V with the studied singular
     *       values); {@code shuffled} (all entries or within sign).</li>
     * </ol>
     * Seeds: the studied init records {@code spec.seed()}; the sampler, the selection and each
     * baseline kind draw from a seed derived deterministically from {@code spec.seed()} and the
     * stream name ({@code celltype-sampler}, {@code selection}, the baseline kind), recorded in its
     * recipe. Every recipe ends with the source provenance as {@code source.*} keys.
     *
     * @throws TransformException on any invalid spec value or input, naming it
     */
    public InitSet build(Ingested source, TransformSpec spec) {
        return build(source, spec, SparseWeights.NEVER);
    }

    /**
     * The same, with the studied matrix and its baselines held on their synapses when {@code sparse} says so for
     * the selected N (docs/science.md#connectome-scale): nothing N x N is made then, the baselines that are dense by
     * nature, row balance and truncation are refused before any draw, and the spectra above
     * 2,000 neurons are partial ({@link Spectrum#partial}).
     *
     * @throws TransformException as {@link #build(Ingested, TransformSpec)}, and for what sparse weights refuse
     */
    public InitSet build(Ingested source, TransformSpec spec, SparseWeights sparse) {
        return InitSetBuilder.build(source, spec, baselines, sparse);
    }

    /**
     * The paper's pure random rank sweep (Liu et al. 2024, Fig. 1), with no measured source: the
     * studied init {@code gaussian} is one draw {@code g * randn(N,N) / sqrt(N)} and the baselines are
     * its truncations {@code rank-<r>} for each r of {@code spec.ranks()} (the same draw; none when the
     * list is empty, e.g. to train the full-rank draw alone and use its trained weights as a source). All are
     * scaled by {@code spec.scaling()} to the same target as in {@link #build}; the draw's seed is
     * derived from {@code spec.seed()} (stream {@code truncated-rank}) and recorded. The selection,
     * sign, strength and baseline fields of {@code spec} are not used. {@link InitSet#source()} is
     * a synthetic connectome holding the unscaled draw, its provenance format
     * {@code synthetic-gaussian}.
     *
     * @throws TransformException if N is below 1, a rank lies outside [1, N] or {@code spec.truncate()} is set
     */
    public InitSet randomSweep(int n, TransformSpec spec) {
        return InitSetBuilder.randomSweep(n, spec, baselines);
    }

    /**
     * The spectrum and effective ranks of an N x N matrix (docs/science.md#effective-ranks), in float64 with EJML:
     * singular values descending, complex eigenvalues by descending modulus, see {@link Spectrum}.
     *
     * @throws TransformException if the matrix is empty, not square or holds a non-finite value
     */
    public static Spectrum spectrum(double[][] matrix) {
        return SpectrumCalculator.of(matrix);
    }
}
