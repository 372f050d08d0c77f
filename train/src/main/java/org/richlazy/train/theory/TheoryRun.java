package org.richlazy.train.theory;

/**
 * One student trained to one teacher from one W(0): a row of the theory sweep's {@code results.csv}.
 *
 * @param init                 {@code random}, {@code beta-aligned}, {@code aligned} or {@code partially-aligned}
 * @param rank                 the rank of W(0)
 * @param kappa                the feature scale of the top half of F (1: whitened inputs)
 * @param draw                 the index of the W(0) draw
 * @param teacher              the index of the teacher
 * @param participationRatio   PR of W(0)'s singular values
 * @param tangentAlignment     KA between the initial and final tangent kernel over all parameters
 * @param featureAlignment     KA between the initial and final feature kernel {@code W^T W}
 * @param predictedTangent     the small-scale prediction of this draw and teacher ({@link TheoryPrediction#forDraw})
 * @param predictedFeature     the same for the feature kernel
 * @param expectedTangent      the teacher-averaged closed form for whitened inputs (random: from PR; beta-aligned
 *                             rank 1: 2 / sqrt(d + 3)); NaN where the theory gives none
 * @param expectedFeature      the same for the feature kernel (random: sqrt(PR) / d; beta-aligned rank 1: 1)
 * @param weightChange         {@code ||W - W(0)||_F}
 * @param relativeWeightChange {@code ||W - W(0)||_F / ||W(0)||_F}
 * @param readoutNorm          {@code ||w||} at the end (w(0) = 0)
 * @param initialLoss          the population loss at t = 0
 * @param finalLoss            at the end
 * @param time                 the gradient-flow time reached
 * @param steps                Runge-Kutta steps taken
 * @param converged            whether the loss fell below the tolerance
 * @param conservedDrift       {@code ||C(T) - C(0)||_F / ||C(0)||_F} of {@code C = W W^T - w w^T}
 */
public record TheoryRun(String init, int rank, double kappa, int draw, int teacher, double participationRatio,
                        double tangentAlignment, double featureAlignment, double predictedTangent,
                        double predictedFeature, double expectedTangent, double expectedFeature, double weightChange,
                        double relativeWeightChange, double readoutNorm, double initialLoss, double finalLoss,
                        double time, int steps, boolean converged, double conservedDrift) {
}
