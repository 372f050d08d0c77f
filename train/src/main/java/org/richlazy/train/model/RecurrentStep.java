package org.richlazy.train.model;

/**
 * The length of one update of the recurrent weights, {@code ||W_h(t+1) - W_h(t)||_F}, the term of
 * {@code path_length} (docs/science.md#the-cost-of-plasticity): the weights are remembered before the update and
 * compared after it. The arrays are a path's own W_h (padded rows included: their padding stays 0).
 */
public final class RecurrentStep {
    private float[] floats;
    private double[] doubles;

    /** Remembers float32 weights before an update. */
    public void before(float[] wH) {
        if (floats == null) {
            floats = wH.clone();
        } else {
            System.arraycopy(wH, 0, floats, 0, wH.length);
        }
    }

    /** Remembers float64 weights before an update. */
    public void before(double[] wH) {
        if (doubles == null) {
            doubles = wH.clone();
        } else {
            System.arraycopy(wH, 0, doubles, 0, wH.length);
        }
    }

    /** {@code ||wH - remembered||_F}, the differences taken in float32 and summed in float64. */
    public double after(float[] wH) {
        double sum = 0;
        for (int i = 0; i < wH.length; i++) {
            double d = wH[i] - floats[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** {@code ||wH - remembered||_F}. */
    public double after(double[] wH) {
        double sum = 0;
        for (int i = 0; i < wH.length; i++) {
            double d = wH[i] - doubles[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
