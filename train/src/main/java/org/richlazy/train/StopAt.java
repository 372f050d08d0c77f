package org.richlazy.train;

/**
 * A training target at which a run stops (config {@code training.stop-at}): the moving average over the last
 * {@code window} points of the run's loss/accuracy curve (each the mean over {@code training.curve-every}
 * iterations of training batches) reaches {@code accuracy} (at least) or {@code loss} (at most). A run that
 * never reaches it trains for {@code iterations} and is recorded as not having reached it. Give exactly one of
 * the two.
 *
 * @param accuracy the decision-step accuracy to reach, in (0, 1]
 * @param loss     the loss to reach, above 0
 * @param window   curve points averaged (default 5)
 */
public record StopAt(Double accuracy, Double loss, Integer window) {
    public StopAt {
        window = window == null ? 5 : window;
        if ((accuracy == null) == (loss == null)) {
            throw new IllegalArgumentException("stop-at needs exactly one of accuracy and loss");
        }
        if (accuracy != null && !(accuracy > 0 && accuracy <= 1)) {
            throw new IllegalArgumentException("stop-at accuracy = " + accuracy + ", expected a number in (0, 1]");
        }
        if (loss != null && !(loss > 0 && Double.isFinite(loss))) {
            throw new IllegalArgumentException("stop-at loss = " + loss + ", expected a positive, finite number");
        }
        if (window < 1) {
            throw new IllegalArgumentException("stop-at window = " + window + ", expected at least 1");
        }
    }

    /** Whether the mean of the last {@link #window} curve points (accuracy or loss) meets the target. */
    boolean reached(java.util.List<RunResult.CurvePoint> curve) {
        if (curve.size() < window) {
            return false;
        }
        double sum = 0;
        for (RunResult.CurvePoint p : curve.subList(curve.size() - window, curve.size())) {
            sum += accuracy != null ? p.accuracy() : p.loss();
        }
        double mean = sum / window;
        return accuracy != null ? mean >= accuracy : mean <= loss;
    }

    /** The target in words, e.g. {@code accuracy >= 0.9 (mean of 5 curve points)}. */
    public String description() {
        return (accuracy != null ? "accuracy >= " + accuracy : "loss <= " + loss) + " (mean of the last " + window
                + " curve points)";
    }
}
