package org.richlazy.train;

import org.richlazy.train.measure.LazinessMeter;
import org.richlazy.train.measure.LyapunovExponent;

/**
 * The {@link RunMeter} of a dense path: {@link LazinessMeter} on the path's weights in float64, and the
 * {@link ChangeStructure} of the recurrent matrices, from W_h(0) as the init gave it.
 */
final class DenseRunMeter implements RunMeter {
    private final LazinessMeter meter;
    private final TrainingPath path;
    private final double[][] initialRecurrent;

    DenseRunMeter(LazinessMeter meter, TrainingPath path, double[][] initialRecurrent) {
        this.meter = meter;
        this.path = path;
        this.initialRecurrent = initialRecurrent;
    }

    @Override
    public Measures measureInitial() {
        return meter.measureInitial();
    }

    @Override
    public Measures measure() {
        return meter.measure(path.weights());
    }

    @Override
    public LyapunovExponent.Dynamics lyapunov() {
        return meter.lyapunov(path.weights());
    }

    @Override
    public UnitActivity activity() {
        return meter.activity();
    }

    @Override
    public double representationDimension() {
        return meter.representationDimension();
    }

    @Override
    public ChangeStructure change() {
        return ChangeStructure.of(initialRecurrent, path.weights().recurrentMatrix());
    }
}
