/**
 * Train: the paper's continuous-time RNN (ReLU, no biases) trained by BPTT from each initial
 * recurrent matrix on neurogym-style tasks, and the laziness measures of Liu et al. 2024
 * (SPEC §3-5): weight change, representation alignment, tangent kernel alignment, sign
 * similarity and kernel-target alignment.
 */
package org.richlazy.train;
