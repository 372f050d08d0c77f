/**
 * The paper's continuous-time RNN (docs/science.md#model-transform---train; Liu et al. 2024): ReLU units, no biases,
 * h_0 = 0,
 * readout at every step, trained by backpropagation through time with SGD-momentum or Adam in
 * PyTorch's conventions. Matrices are flat row-major {@code double[]}; the dense products go
 * through {@link org.richlazy.train.model.MatrixProduct} so a faster kernel can replace the
 * default one and be tested against the plain reference.
 */
package org.richlazy.train.model;
