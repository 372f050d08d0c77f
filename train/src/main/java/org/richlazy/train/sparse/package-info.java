/**
 * The CTRNN with its recurrent matrix held on its synapses only (docs/science.md#connectome-scale): the
 * {@link org.richlazy.train.sparse.SynapsePattern}, the float32 {@link org.richlazy.train.sparse.SparseCtrnnWeights},
 * the threaded {@link org.richlazy.train.sparse.SparseCtrnn} and its inner loops, and the heavy-tailed synthetic
 * patterns the bench trains on (docs/performance.md#sparse-training).
 */
package org.richlazy.train.sparse;
