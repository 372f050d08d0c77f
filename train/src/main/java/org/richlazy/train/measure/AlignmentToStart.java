package org.richlazy.train.measure;

import org.richlazy.train.Measures;

/**
 * The measures of docs/science.md#laziness-measures that compare a network's kernels with those of its initial
 * state: RA and KA, their centred forms and linear CKA, the kernel-target alignments of the current tangent kernel,
 * and the kernel distance and velocity (the tangent kernel of the previous call is kept, so {@link #next} is to be
 * called in the order of the checkpoints). The meters that compute the kernels ({@link LazinessMeter}, dense; the
 * sparse meter) share it, so both turn kernels into {@link Measures} the same way.
 */
public final class AlignmentToStart {
    private final double initialNorm;
    private final double[][] initialRepresentationKernel;
    private final double[][] initialCenteredRepresentationKernel;
    private final TangentKernel.Result initialTangentKernel;
    private final double[][] initialCenteredTangentKernel;
    private double[][] previousTangentKernel;
    private double velocity;

    /**
     * @param initialNorm          {@code ||W_h(0)||_F}
     * @param representationKernel {@code K0 = R0 R0^T} of the decision-step states of the probe trials
     * @param tangentKernel        the initial tangent kernel and its rows' targets
     */
    public AlignmentToStart(double initialNorm, double[][] representationKernel, TangentKernel.Result tangentKernel) {
        this.initialNorm = initialNorm;
        this.initialRepresentationKernel = representationKernel;
        this.initialCenteredRepresentationKernel = Alignment.centered(representationKernel);
        this.initialTangentKernel = tangentKernel;
        this.initialCenteredTangentKernel = Alignment.centered(tangentKernel.matrix());
        this.previousTangentKernel = tangentKernel.matrix();
    }

    /** The initial state against itself: weight change 0, sign similarity 1, kernel distance and path 0. */
    public Measures initial() {
        return measures(0, 1, initialRepresentationKernel, initialTangentKernel, 0, 0);
    }

    /**
     * The measures of a network with weight change {@code change} and decision-step sign similarity
     * {@code signSimilarity}, from its representation kernel and tangent kernel; adds the kernel distance from the
     * previous call's (or the initial) tangent kernel to the path.
     */
    public Measures next(double change, double signSimilarity, double[][] representationKernel,
                         TangentKernel.Result tangentKernel) {
        double distance = 1 - Alignment.cosine(previousTangentKernel, tangentKernel.matrix());
        velocity += distance;
        previousTangentKernel = tangentKernel.matrix();
        return measures(change, signSimilarity, representationKernel, tangentKernel, distance, velocity);
    }

    /** The measures of a network with a non-finite weight: all NaN, and the kernel path NaN from here on. */
    public Measures notFinite() {
        velocity = Double.NaN;
        return Measures.undefined();
    }

    private Measures measures(double change, double signSimilarity, double[][] rk, TangentKernel.Result tangent,
                              double distance, double path) {
        double[][] kernel = tangent.matrix();
        double[] targets = tangent.targets();
        double centeredRa = Alignment.cosine(initialCenteredRepresentationKernel, Alignment.centered(rk));
        return new Measures(change, change / initialNorm,
                Alignment.cosine(initialRepresentationKernel, rk),
                Alignment.cosine(initialTangentKernel.matrix(), kernel),
                signSimilarity,
                Alignment.kernelTarget(kernel, targets),
                Alignment.cosine(initialCenteredTangentKernel, Alignment.centered(kernel)),
                centeredRa, centeredRa,
                Alignment.kernelTargetStandard(kernel, targets),
                distance, path);
    }
}
