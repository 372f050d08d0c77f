package org.richlazy.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * What an I/O failure means to the person whose file it is, for one-line errors: "permission denied", "the file
 * ends early (truncated)", never a Java exception's class name or a library's internal wording. The exception
 * stays attached as the cause of the error, which {@code --debug} prints.
 */
public final class IoFailure {
    private IoFailure() {
    }

    /**
     * A short phrase saying what went wrong, e.g. {@code "permission denied"}; for the operating system's own
     * failures (a plain {@link IOException}, such as "input/output error" or "is a directory") its text.
     */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof EOFException) {
            return "the file ends early (truncated)";
        }
        if (e instanceof ZipException) {
            return "the compressed data is corrupt";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e.getClass() == IOException.class && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage().lines().findFirst().orElse("").toLowerCase(java.util.Locale.ROOT); // the system's text
        }
        return "an input/output error";
    }
}
