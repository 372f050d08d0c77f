package org.richlazy.train;

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
}
