package org.richlazy.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses inputs that are not regular files or folders (a FIFO, {@code /dev/zero}, a socket) before anything
 * opens them: such a stream can block forever on open or never end, and readers read a file more than once
 * (docs/formats.md, section "Read limits"). Symbolic links are followed.
 */
public final class RegularFiles {
    private RegularFiles() {
    }

    /**
     * @throws IngestException if {@code path} does not exist or is neither a regular file nor a folder
     */
    public static void requireFileOrFolder(Path path) {
        if (!Files.isDirectory(path)) {
            requireFile(path, "a regular file or folder");
        }
    }

    /**
     * @throws IngestException if {@code path} does not exist or is not a regular file
     */
    public static void requireFile(Path path) {
        requireFile(path, "a regular file");
    }

    private static void requireFile(Path path, String expected) {
        if (!Files.exists(path)) {
            throw new IngestException(path.toString(), "", "no such file or folder", "an existing " + expected.substring(2));
        }
        if (!Files.isRegularFile(path)) {
            throw new IngestException(path.toString(), "", kind(path) + ", not a regular file", expected
                    + " (a device, pipe or socket can block or never end)");
        }
    }

    /** What a non-regular path is, for the message: "a FIFO (named pipe)", "a device", ... */
    private static String kind(Path path) {
        try {
            Object type = Files.readAttributes(path, "unix:mode").get("mode");
            int mode = type instanceof Integer m ? m : 0;
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (java.io.IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
