package org.richlazy.train.model;

import org.richlazy.train.TrainException;
import org.richlazy.transform.ConfigWord;

/**
 * The leak a of the CTRNN update {@code h_t = relu((1-a) h_{t-1} + a (W_in x_t + W_h h_{t-1}))}
 * (docs/science.md#model-transform---train), {@code training.leak}: {@code euler} a = dt/tau (the paper's; a = 1 at
 * dt = tau = 100 ms) or {@code exponential} a = 1 - exp(-dt/tau) (exponential Euler, ours).
 */
public enum Leak implements ConfigWord {
    EULER, EXPONENTIAL;

    /**
     * The leak a of step {@code dt} and time constant {@code tau}; whether a network can take it is
     * {@link #checked}'s to say (the config's {@code training} section is checked by {@code Dynamics.problems()}).
     */
    public double alpha(double dt, double tau) {
        return switch (this) {
            case EULER -> dt / tau;
            case EXPONENTIAL -> 1 - Math.exp(-dt / tau);
        };
    }

    /**
     * {@code a} when a network can take it as its leak: in (0, 1] (docs/science.md#model-transform---train).
     *
     * @throws TrainException for any other a
     */
    public static double checked(double a) {
        if (!(a > 0 && a <= 1)) {
            throw new TrainException("leak a", "= " + a + "; expected a number in (0, 1], e.g. dt at most tau "
                    + "(docs/science.md#model-transform---train)");
        }
        return a;
    }
}
