/**
 * The float32 training path (docs/performance.md#performance): the CTRNN
 * (docs/science.md#model-transform---train) on padded float arrays with
 * preallocated workspaces, its dense products behind {@link org.richlazy.train.fast.FloatKernels}, with a
 * plain-Java reference and a register-blocked JDK Vector API implementation that skips the zero entries of
 * ReLU states and masked deltas.
 */
package org.richlazy.train.fast;
