package org.richlazy.pipeline.data;

/** A data set that could not be fetched, verified or unpacked; the message names the file or address and why. */
public final class DataInstallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataInstallException(String message) {
        super(message);
    }

    DataInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
