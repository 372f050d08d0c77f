package org.richlazy.train.model;

import org.richlazy.transform.ConfigWord;

/**
 * The leak a of the CTRNN update {@code h_t = relu((1-a) h_{t-1} + a (W_in x_t + W_h h_{t-1}))}
 * (docs/science.md#model-transform---train), {@code training.leak}: {@code euler} a = dt/tau (the paper's; a = 1 at
 * dt = tau = 100 ms) or {@code exponential} a = 1 - exp(-dt/tau) (exponential Euler, ours).
 */
public enum Leak implements ConfigWord {
    EULER, EXPONENTIAL;

    /**
     * @throws IllegalArgumentException for non-positive dt, tau
     */
    public double alpha(double dt, double tau) {
        if (!(dt > 0) || !(tau > 0)) {
            throw new IllegalArgumentException("dt and tau must be positive, got dt=" + dt + ", tau=" + tau);
        }
        return switch (this) {
            case EULER -> dt / tau;
            case EXPONENTIAL -> 1 - Math.exp(-dt / tau);
        };
    }
}
