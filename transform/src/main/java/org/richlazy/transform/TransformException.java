package org.richlazy.transform;

/**
 * Bad input to the transform stage: what is wrong, where, and what was expected.
 * The message reads as one line: {@code <where>: <problem>; expected <expectation>}.
 */
public class TransformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;
    private final String expected;

    /**
     * @param where    the input at fault, e.g. {@code "TransformSpec.selection"} or {@code "matrix row 3"}
     * @param problem  what is wrong
     * @param expected what was expected
     */
    public TransformException(String where, String problem, String expected) {
        this(where, problem, expected, null);
    }

    public TransformException(String where, String problem, String expected, Throwable cause) {
        super(where + ": " + problem + "; expected " + expected, cause);
        this.where = where;
        this.problem = problem;
        this.expected = expected;
    }

    /**
     * The same error said of an input: {@code <input>: <where>: <problem>; expected <expectation>}, so a failure
     * deep in a computation names the file (or preset) it came from.
     */
    public TransformException in(String input) {
        return new TransformException(input + ": " + where, problem, expected, this);
    }

    public String where() {
        return where;
    }

    public String expected() {
        return expected;
    }
}
