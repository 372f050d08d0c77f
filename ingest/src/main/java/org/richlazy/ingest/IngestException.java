package org.richlazy.ingest;

/**
 * Bad input: the file, where in it (line, column, dataset path), and what was expected.
 * The message reads as one line: {@code <file>:<location>: <problem>; expected <expectation>}.
 */
public class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String expected;

    /**
     * @param file     the file (or resource) being read
     * @param location line / column / dataset path, or {@code ""} when the whole file is at fault
     * @param problem  what is wrong, e.g. {@code "non-numeric cell 'abc'"}
     * @param expected what the reader expected, e.g. {@code "a finite number"}
     */
    public IngestException(String file, String location, String problem, String expected) {
        this(file, location, problem, expected, null);
    }

    public IngestException(String file, String location, String problem, String expected, Throwable cause) {
        super(format(file, location, problem, expected), cause);
        this.file = file;
        this.location = location;
        this.expected = expected;
    }

    private static String format(String file, String location, String problem, String expected) {
        String where = location == null || location.isEmpty() ? file : file + ":" + location;
        return where + ": " + problem + "; expected " + expected;
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String expected() {
        return expected;
    }
}
