package org.richlazy.train;

/**
 * The laziness measures of a network against its initial state (docs/science.md#laziness-measures, and the centred
 * and standard forms
 * of the kernel and representation literature, docs/science.md). Richer learning means larger weight change,
 * lower representation and kernel alignment (centred or not), lower CKA, larger kernel distance and velocity.
 *
 * @param weightChange                    ||W_h - W_h(0)||_F
 * @param relativeWeightChange            ||W_h - W_h(0)||_F / ||W_h(0)||_F
 * @param representationAlignment         RA = &lt;K0, K&gt; / (||K0|| ||K||), K = R R^T on the decision-step
 *                                        hidden states of the probe set (uncentred, as the paper's code)
 * @param kernelAlignment                 KA, the same on the recurrent-weight tangent kernel (uncentred)
 * @param signSimilarity                  fraction of decision-step hidden units whose active/inactive state is
 *                                        unchanged
 * @param kernelTargetAlignment           y^T K y / (||y||^2 tr K) of the current tangent kernel (ours: the
 *                                        trace-normalised variant)
 * @param centeredKernelAlignment         KA with both tangent kernels centred, H K H, H = I - 11^T/n (Cortes,
 *                                        Mohri and Rostamizadeh 2012)
 * @param centeredRepresentationAlignment RA with both kernels centred
 * @param linearCka                       linear CKA of the decision-step states (Kornblith et al. 2019); equal to
 *                                        the centred RA by identity
 * @param kernelTargetAlignmentStandard   &lt;K, yy^T&gt; / (||K||_F ||yy^T||_F) of the current tangent kernel
 *                                        (Cristianini et al. 2001)
 * @param kernelDistance                  1 - KA between the tangent kernels of the previous checkpoint and this
 *                                        one (Fort et al. 2020); 0 at iteration 0
 * @param kernelVelocity                  the sum of the kernel distances of the checkpoints up to this one: the
 *                                        kernel's path length over training at the checkpoint spacing
 * @param linearizedGap                   ||f - f_lin|| / ||f - f(θ0)|| on the probe set against the network's
 *                                        first-order Taylor model trained alongside ({@link LinearizedModel}); 0
 *                                        at iteration 0, NaN when no linear model was trained
 */
public record Measures(double weightChange, double relativeWeightChange, double representationAlignment,
                       double kernelAlignment, double signSimilarity, double kernelTargetAlignment,
                       double centeredKernelAlignment, double centeredRepresentationAlignment, double linearCka,
                       double kernelTargetAlignmentStandard, double kernelDistance, double kernelVelocity,
                       double linearizedGap) {

    /** Measures without the linearised gap (NaN). */
    public Measures(double weightChange, double relativeWeightChange, double representationAlignment,
                    double kernelAlignment, double signSimilarity, double kernelTargetAlignment,
                    double centeredKernelAlignment, double centeredRepresentationAlignment, double linearCka,
                    double kernelTargetAlignmentStandard, double kernelDistance, double kernelVelocity) {
        this(weightChange, relativeWeightChange, representationAlignment, kernelAlignment, signSimilarity,
                kernelTargetAlignment, centeredKernelAlignment, centeredRepresentationAlignment, linearCka,
                kernelTargetAlignmentStandard, kernelDistance, kernelVelocity, Double.NaN);
    }

    /** These measures with the linearised gap {@code gap}. */
    public Measures withLinearizedGap(double gap) {
        return new Measures(weightChange, relativeWeightChange, representationAlignment, kernelAlignment,
                signSimilarity, kernelTargetAlignment, centeredKernelAlignment, centeredRepresentationAlignment,
                linearCka, kernelTargetAlignmentStandard, kernelDistance, kernelVelocity, gap);
    }

    /** Measures recorded before the centred, standard and path measures were (those read NaN). */
    public Measures(double weightChange, double relativeWeightChange, double representationAlignment,
                    double kernelAlignment, double signSimilarity, double kernelTargetAlignment) {
        this(weightChange, relativeWeightChange, representationAlignment, kernelAlignment, signSimilarity,
                kernelTargetAlignment, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Every measure NaN (a network with a non-finite weight). */
    public static Measures undefined() {
        return new Measures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
