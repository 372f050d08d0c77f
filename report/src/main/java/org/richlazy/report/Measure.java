package org.richlazy.report;

import java.util.function.ToDoubleFunction;
import org.richlazy.train.Measures;

/** The laziness measures of SPEC §5 as the report names and plots them. */
enum Measure {
    WEIGHT_CHANGE("weight change", "Frobenius norm of W \u2212 W\u2080", Measures::weightChange),
    RELATIVE_WEIGHT_CHANGE("relative weight change", "\u2016W \u2212 W\u2080\u2016 / \u2016W\u2080\u2016 (Frobenius)",
            Measures::relativeWeightChange),
    REPRESENTATION_ALIGNMENT("RA", "representation alignment with the initial network",
            Measures::representationAlignment),
    KERNEL_ALIGNMENT("KA", "tangent kernel alignment with the initial network", Measures::kernelAlignment),
    SIGN_SIMILARITY("sign similarity", "share of decision-step units with unchanged active/inactive state",
            Measures::signSimilarity),
    KERNEL_TARGET_ALIGNMENT("kernel-target alignment",
            "y\u1d40Ky / (\u2016y\u2016\u00b2 tr K) of the final tangent kernel",
            Measures::kernelTargetAlignment);

    private final String label;
    private final String description;
    private final ToDoubleFunction<Measures> value;

    Measure(String label, String description, ToDoubleFunction<Measures> value) {
        this.label = label;
        this.description = description;
        this.value = value;
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
