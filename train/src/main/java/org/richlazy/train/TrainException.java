package org.richlazy.train;

import java.util.List;
import java.util.stream.Collectors;
import org.richlazy.transform.SpecProblem;

/**
 * Bad input to the train stage: where, and what is wrong with what was expected.
 * The message reads as one line: {@code <where>: <problems>}, each problem {@code <what>; expected <expectation>}.
 */
public class TrainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param where    the input at fault, e.g. {@code "training spec"}
     * @param problems what is wrong and what was expected, e.g. {@code "'curve-every' = 0; expected at least 1"}
     */
    public TrainException(String where, String problems) {
        super(where + ": " + problems);
    }

    /**
     * Refuses the settings at {@code where} when {@code problems} (their own checks' findings, e.g.
     * {@link TrainingSpec#problems()}) is not empty, naming every problem; does nothing otherwise.
     *
     * @throws TrainException {@code <where>: <problem>; <problem>...}
     */
    public static void throwIfAny(String where, List<SpecProblem> problems) {
        if (!problems.isEmpty()) {
            throw new TrainException(where, problems.stream().map(SpecProblem::toString)
                    .collect(Collectors.joining("; ")));
        }
    }
}
