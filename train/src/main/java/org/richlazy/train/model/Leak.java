package org.richlazy.train.model;

/**
 * The leak a of the CTRNN update {@code h_t = relu((1-a) h_{t-1} + a (W_in x_t + W_h h_{t-1}))}
 * (docs/science.md#model-transform---train): {@code euler} a = dt/tau (the paper's; a = 1 at dt = tau = 100 ms) or
 * {@code exponential} a = 1 - exp(-dt/tau) (exponential Euler, ours).
 */
public final class Leak {
    private Leak() {
    }

    /**
     * @throws IllegalArgumentException for an unknown leak name or non-positive dt, tau
     */
    public static double alpha(String leak, double dt, double tau) {
        if (!(dt > 0) || !(tau > 0)) {
            throw new IllegalArgumentException("dt and tau must be positive, got dt=" + dt + ", tau=" + tau);
        }
        return switch (leak) {
            case "euler" -> dt / tau;
            case "exponential" -> 1 - Math.exp(-dt / tau);
            default -> throw new IllegalArgumentException("unknown leak '" + leak + "'; known: euler, exponential");
        };
    }
}
