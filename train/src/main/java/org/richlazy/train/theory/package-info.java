/**
 * The paper's analytical model (Liu et al. 2024, Section 3): two-layer linear student-teacher networks trained by
 * gradient flow from a small initial scale, their tangent kernels' alignment before and after training, and the
 * small-scale predictions of that alignment from the initial weights' effective rank (docs/science.md "The
 * two-layer linear theory").
 */
package org.richlazy.train.theory;
