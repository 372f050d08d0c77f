/**
 * The trial generators (docs/science.md#tasks): the neurogym 0.0.2 tasks used by Liu et al. 2024
 * (perceptual decision making, delayed match-to-sample, context-dependent decision making) at
 * dt = 100 ms with 8 steps per trial, and sequential MNIST read from IDX files. Every draw comes
 * from the {@link java.util.random.RandomGenerator} the caller passes.
 */
package org.richlazy.train.task;
