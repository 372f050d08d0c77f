/**
 * Train: the paper's continuous-time RNN (ReLU, no biases) trained by BPTT from each initial
 * recurrent matrix on neurogym-style tasks, and the laziness measures of Liu et al. 2024
 * (docs/science.md#model-transform---train, docs/science.md#tasks, docs/science.md#laziness-measures): weight
 * change, representation alignment, tangent kernel alignment, sign
 * similarity and kernel-target alignment.
 *
 * <p>This package holds the stage's contract ({@link org.richlazy.train.Trainer},
 * {@link org.richlazy.train.Task}, {@link org.richlazy.train.RunResult}, {@link org.richlazy.train.RunStore});
 * the tasks are in {@code task}, the network, its gradients and optimisers in {@code model}, the
 * measures in {@code measure}.
 */
package org.richlazy.train;
