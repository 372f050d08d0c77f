package org.richlazy.train;

import org.richlazy.train.measure.LyapunovExponent;

/**
 * The measures of one run's network at its current weights against the weights training starts from
 * (docs/science.md#laziness-measures), as its {@link TrainingPath} computes them: on the weights in float64 for
 * dense paths, on the synapses for sparse ones (docs/science.md#connectome-scale). {@link #measure} is called in the
 * order of the checkpoints.
 */
public interface RunMeter {
    /** The measures of the initial weights against themselves. */
    Measures measureInitial();

    /** The measures of the current weights. */
    Measures measure();

    /** The largest Lyapunov exponents of the current weights. */
    LyapunovExponent.Dynamics lyapunov();

    /** The unit activity of the initial weights and of those of the last {@link #measure} call. */
    UnitActivity activity();

    /**
     * The participation ratio of the decision-step states of the probe trials for the weights of the last
     * {@link #measure} call (docs/science.md#flatness-compression-and-generalisation); NaN when they were not finite.
     */
    double representationDimension();

    /** The structure of the change of W_h from the initial weights to the current ones. */
    ChangeStructure change();
}
