package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness: every file and folder of ../shared/data, read with format detection, either gives
 * a result or an {@link IngestException} with a one-line message naming the path; no other
 * exception escapes (this covers the libsonata and NeuroML files kept for robustness only).
 */
class EveryFileTest {

    @TestFactory
    Stream<DynamicTest> everySharedFileReadsOrFailsTyped() throws IOException {
        Path root = TestData.shared("");
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> !p.equals(root)).sorted().toList();
        }
        return all.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
            try {
                Ingested in = Ingest.read(p, Optional.empty());
                assertThat(ConnectivitySummary.lines(in)).isNotEmpty();
            } catch (IngestException e) {
                assertThat(e.getMessage()).doesNotContain("\n");
                assertThat(e.file()).isNotBlank();
            }
        }));
    }
}
