/**
 * Transform: a {@link org.richlazy.ingest.Connectome} or cell-type table to an
 * {@link org.richlazy.transform.InitSet}: the studied matrix and its random baselines, each
 * selected, signed and scaled the same way, with its {@link org.richlazy.transform.spectrum.Spectrum}
 * (docs/science.md#effective-ranks, docs/science.md#initial-weights-and-baselines).
 *
 * <p>Entry points: {@link org.richlazy.transform.Transform#build} (measured matrix or cell-type
 * table plus baselines), {@link org.richlazy.transform.Transform#randomSweep} (the paper's pure
 * Gaussian rank sweep), {@link org.richlazy.transform.Transform#spectrum} (spectrum and effective
 * ranks of any matrix), {@link org.richlazy.transform.CellTypeSampler} (table to neuron matrix) and
 * {@link org.richlazy.transform.store.InitStore} (the {@code inits/} folder on disk). Bad input raises
 * {@link org.richlazy.transform.TransformException}. Every random draw is seeded from
 * {@link org.richlazy.transform.TransformSpec#seed()}.
 *
 * <p>The sub-packages hold the parts: {@code baseline} (the random baselines), {@code spectrum} (spectrum and
 * structure of a matrix), {@code store} (the {@code inits/} folder) and {@code matrix} (dense-matrix arithmetic
 * and random matrices). The builder's steps (selection, signs, truncation, scaling) and the config-word enums
 * stay here.
 */
package org.richlazy.transform;
