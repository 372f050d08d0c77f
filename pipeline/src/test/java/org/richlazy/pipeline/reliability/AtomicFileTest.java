package org.richlazy.pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.pipeline.AtomicFile;

/** {@link AtomicFile} replaces a file whole, leaves no temporary behind and gives it the umask's permissions. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesWholeAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("experiment.yaml");
        AtomicFile.writeString(target, "name: first\n");
        AtomicFile.writeString(target, "name: second\n");
        assertThat(target).hasContent("name: second");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("experiment.yaml");
        }
    }

    @Test
    void followsTheUmaskLikeAnyOtherFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        Path target = dir.resolve("experiment.yaml");
        AtomicFile.writeString(target, "name: first\n");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
