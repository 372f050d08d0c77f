package org.richlazy.train.task;

import java.nio.file.Path;

/** An IDX file (MNIST's format) that is missing, truncated or not what was expected; the message names the file. */
public final class IdxFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    IdxFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
