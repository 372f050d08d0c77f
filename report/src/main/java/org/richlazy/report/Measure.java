package org.richlazy.report;

import java.util.function.ToDoubleFunction;
import org.richlazy.train.Measures;

/**
 * The laziness measures (docs/science.md#laziness-measures) as the report names and plots them, each with the way it
 * reads
 * richer (docs/science.md#laziness-measures: richer = larger weight change, lower RA, lower KA; their centred forms
 * read the same way, a
 * longer kernel path reads richer; the others have no reading), and the values it can take ({@link #range}).
 */
enum Measure {
    WEIGHT_CHANGE("weight change", "Frobenius norm of W \u2212 W\u2080", Measures::weightChange, 1, Range.NON_NEGATIVE),
    RELATIVE_WEIGHT_CHANGE("relative weight change", "\u2016W \u2212 W\u2080\u2016 / \u2016W\u2080\u2016 (Frobenius)",
            Measures::relativeWeightChange, 1, Range.NON_NEGATIVE),
    REPRESENTATION_ALIGNMENT("RA", "representation alignment with the initial network",
            Measures::representationAlignment, -1, Range.UNIT),
    KERNEL_ALIGNMENT("KA", "tangent kernel alignment with the initial network", Measures::kernelAlignment, -1,
            Range.UNIT),
    SIGN_SIMILARITY("sign similarity", "share of decision-step units with unchanged active/inactive state",
            Measures::signSimilarity, 0, Range.UNIT),
    KERNEL_TARGET_ALIGNMENT("kernel-target alignment",
            "y\u1d40Ky / (\u2016y\u2016\u00b2 tr K) of the final tangent kernel",
            Measures::kernelTargetAlignment, 0, Range.UNIT),
    CENTERED_KERNEL_ALIGNMENT("centred KA", "KA of the centred tangent kernels (Cortes et al. 2012)",
            Measures::centeredKernelAlignment, -1, Range.UNIT),
    CENTERED_REPRESENTATION_ALIGNMENT("centred RA (linear CKA)",
            "RA of the centred kernels, equal to linear CKA of the decision-step states (Kornblith et al. 2019)",
            Measures::centeredRepresentationAlignment, -1, Range.UNIT),
    KERNEL_TARGET_ALIGNMENT_STANDARD("kernel-target alignment (standard)",
            "⟨K, yyᵀ⟩ / (‖K‖ ‖yyᵀ‖) of the final tangent kernel (Cristianini et al. 2001)",
            Measures::kernelTargetAlignmentStandard, 0, Range.UNIT),
    KERNEL_DISTANCE("kernel distance", "1 − KA between the tangent kernels of consecutive checkpoints"
            + " (Fort et al. 2020)", Measures::kernelDistance, 0, Range.UNIT),
    KERNEL_VELOCITY("kernel velocity", "the kernel distances summed over the checkpoints: the tangent kernel's path"
            + " length (Fort et al. 2020)", Measures::kernelVelocity, 1, Range.NON_NEGATIVE),
    LINEARIZED_GAP("linearised gap", "‖f − f_lin‖ / ‖f − f(θ₀)‖ on the probe set"
            + " against the first-order Taylor model trained alongside (Chizat, Oyallon and Bach 2019)",
            Measures::linearizedGap, 1, Range.NON_NEGATIVE);

    private final String label;
    private final String description;
    private final ToDoubleFunction<Measures> value;
    private final int richer;
    private final Range range;

    Measure(String label, String description, ToDoubleFunction<Measures> value, int richer, Range range) {
        this.label = label;
        this.description = description;
        this.value = value;
        this.richer = richer;
        this.range = range;
    }

    /**
     * The values the measure can take: [0, 1] for the alignments (uncentred or centred, each a cosine of two positive
     * semi-definite kernels), sign similarity and the kernel distance; at least 0 for the weight changes, the kernel
     * velocity and the linearised gap.
     */
    Range range() {
        return range;
    }

    /** +1 when a larger value reads richer, -1 when a smaller one does, 0 when docs/science.md#laziness-measures gives
     * no reading. */
    int richer() {
        return richer;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    double of(Measures measures) {
        return value.applyAsDouble(measures);
    }
}
