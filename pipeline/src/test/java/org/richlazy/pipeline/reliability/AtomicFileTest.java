package org.richlazy.pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.pipeline.AtomicFile;

/** {@link AtomicFile} replaces a file whole and leaves no temporary behind. */
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
}
