package org.richlazy.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file under a temporary name in its own folder ({@code .<name>.tmp-<random>}) and renames
 * it over the target when complete, so a reader (or a rerun after a crash) sees the old file or the
 * new one, never half of one. The file is created as any other (permissions from the umask), not
 * owner-only as {@link Files#createTempFile} would make it.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes a file's content to the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
    }

    /** Writes {@code content} to {@code target} atomically: to the temporary name, then renamed over the target. */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = folder.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            content.writeTo(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
