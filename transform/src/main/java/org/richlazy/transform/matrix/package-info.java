/**
 * Dense-matrix arithmetic on {@code double[][]} ({@code [post][pre]}) shared by the stage: checks, copies,
 * overflow-safe norms and EJML conversion ({@link org.richlazy.transform.matrix.Matrices}), seeded Gaussian and
 * Haar-orthogonal draws ({@link org.richlazy.transform.matrix.RandomMatrices}) and best rank-r approximations
 * ({@link org.richlazy.transform.matrix.LowRank}).
 */
package org.richlazy.transform.matrix;
