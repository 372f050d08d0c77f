/**
 * The laziness measures (docs/science.md#laziness-measures; Liu et al. 2024, uncentred as in the paper's code): weight
 * change, representation alignment, tangent kernel alignment on the recurrent weights (computed
 * from Gram matrices of backpropagated deltas and hidden states, never from N^2-long gradient
 * rows), sign similarity and kernel-target alignment.
 */
package org.richlazy.train.measure;
