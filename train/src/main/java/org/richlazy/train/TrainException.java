package org.richlazy.train;

/**
 * Bad input to the train stage: what is wrong, where, and what was expected.
 * The message reads as one line: {@code <where>: <problem>, expected <expectation>}.
 */
public class TrainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param where    the input at fault, e.g. {@code "training spec"}
     * @param problem  what is wrong, e.g. {@code "batchSize = 0"}
     * @param expected what was expected
     */
    public TrainException(String where, String problem, String expected) {
        super(where + ": " + problem + ", expected " + expected);
    }
}
