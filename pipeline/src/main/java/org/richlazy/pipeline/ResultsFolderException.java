package org.richlazy.pipeline;

/**
 * A results folder a command may not write to as it stands: the filesystem root or the home folder, a folder that
 * holds other files, one another richlazy process is writing to, or one whose {@code runs/} holds what is not a run of
 * the experiment. The message is one line naming the folder and what to do.
 */
public class ResultsFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResultsFolderException(String message) {
        super(message);
    }

    public ResultsFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
