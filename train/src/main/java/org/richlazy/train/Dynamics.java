package org.richlazy.train;

import java.util.List;
import org.richlazy.train.model.Leak;
import org.richlazy.transform.SpecProblem;

/**
 * The integration of the CTRNN {@code h_t = relu((1-a) h_{t-1} + a (W_in x_t + W_h h_{t-1}))}
 * (docs/science.md#model-transform---train): the keys {@code training.dt}, {@code training.tau} and
 * {@code training.leak} (docs/config.md#training), which give the leak a. A {@code null} component takes its default.
 *
 * @param dt   integration step in ms (default and paper 100)
 * @param tau  neuron time constant in ms (default and paper 100)
 * @param leak how a follows from dt and tau: {@code euler} a = dt/tau (default, the paper's) or {@code exponential}
 *             a = 1 - exp(-dt/tau) ({@link Leak})
 */
public record Dynamics(Double dt, Double tau, Leak leak) {
    public Dynamics {
        dt = dt == null ? 100.0 : dt;
        tau = tau == null ? 100.0 : tau;
        leak = leak == null ? Leak.EULER : leak;
    }

    /** Every default: dt = tau = 100 ms, Euler, so a = 1. */
    public static Dynamics defaults() {
        return new Dynamics(null, null, null);
    }

    /**
     * The leak a of the update; a network takes a in (0, 1] ({@link #problems()}): at a = 1 the state is the
     * input's alone, above 1 it would overshoot and flip sign every step.
     */
    public double alpha() {
        return leak.alpha(dt, tau);
    }

    /** What is wrong with dt and tau (empty when nothing is): each positive, and the leak a they give at most 1. */
    public List<SpecProblem> problems() {
        SpecProblem.Checks checks = new SpecProblem.Checks().positive("dt", dt).positive("tau", tau);
        boolean timesUsable = dt > 0 && Double.isFinite(dt) && tau > 0 && Double.isFinite(tau);
        return checks.require(!timesUsable || alpha() <= 1, "leak", "= " + leak.word() + " gives a = " + alpha()
                        + " from dt = " + dt + ", tau = " + tau,
                        "a leak a in (0, 1], e.g. dt at most tau, or leak exponential (docs/science.md#model-transform---train)")
                .list();
    }
}
