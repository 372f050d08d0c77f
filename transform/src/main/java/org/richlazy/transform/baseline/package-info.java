/**
 * The random baselines a studied matrix is compared with (docs/science.md#initial-weights-and-baselines): the
 * paper's Gaussian, truncated-rank, rank-matched and spectrum-matched inits, then the null-model ladder
 * (shuffled, same mask, sign preserving, degree preserving, cell-type block) from least to most structure
 * kept. {@link org.richlazy.transform.baseline.BaselineModule} binds the baseline of each
 * {@link org.richlazy.transform.BaselineKind}; each returns unscaled drafts, every draw from the seed it is
 * given, and the builder scales them like the studied matrix.
 */
package org.richlazy.transform.baseline;
