package org.richlazy.train;

import java.util.List;
import org.richlazy.transform.SpecProblem;

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
        TrainException.throwIfAny("stop-at", problems(accuracy, loss, window));
    }

    /**
     * What is wrong with these values (empty when nothing is), each named by its key inside {@code stop-at} (the
     * key {@code ""} for the section as a whole); a null {@code window} takes its default.
     */
    public static List<SpecProblem> problems(Double accuracy, Double loss, Number window) {
        return new SpecProblem.Checks()
                .require((accuracy == null) != (loss == null), "", "gives " + (accuracy == null ? "neither" : "both")
                        + " of accuracy and loss", "exactly one, e.g. {accuracy: 0.9} or {loss: 0.1}")
                .require(accuracy == null || accuracy > 0 && accuracy <= 1, "accuracy", "= " + accuracy,
                        "a number in (0, 1]")
                .positive("loss", loss)
                .atLeast("window", window, 1)
                .list();
    }

    /** Whether the mean of the last {@link #window} curve points (accuracy or loss) meets the target. */
    boolean reached(List<RunResult.CurvePoint> curve) {
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
