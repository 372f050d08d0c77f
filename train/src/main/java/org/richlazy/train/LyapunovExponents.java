package org.richlazy.train;

import org.richlazy.train.measure.LyapunovExponent;

/**
 * The largest Lyapunov exponents of one run's network at the start and at the end of training
 * ({@link LyapunovExponent}: natural log per time step, the mean over the streams that stay active, and the share
 * that fell silent), each for the task-driven and the autonomous dynamics.
 *
 * @param initial the network training starts from
 * @param trained the network at the end of training
 */
public record LyapunovExponents(LyapunovExponent.Dynamics initial, LyapunovExponent.Dynamics trained) {
}
