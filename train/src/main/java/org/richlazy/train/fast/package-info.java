/**
 * The float32 training path (DESIGN.md "Speed"): the CTRNN of SPEC §3 on padded float arrays with
 * preallocated workspaces, its dense products behind {@link org.richlazy.train.fast.FloatKernels}, with a
 * plain-Java reference and a register-blocked JDK Vector API implementation that skips the zero entries of
 * ReLU states and masked deltas.
 */
package org.richlazy.train.fast;
