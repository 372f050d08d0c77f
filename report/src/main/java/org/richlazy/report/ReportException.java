package org.richlazy.report;

/** A results folder or report input that cannot be reported on, with what, where and what was expected. */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
