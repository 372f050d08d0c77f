package org.richlazy.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every config shipped in {@code examples/} parses with its every key known and valid. Source files
 * are not read here; {@code aligned-low-rank.yaml}'s source exists only after
 * {@code aligned-pretrain.yaml} has run, which {@code cli.AlignedExamplesTest} does at a small size.
 */
class ExamplesTest {
    /** Surefire runs in the module folder; the examples are at the repository root. */
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void everyShippedExampleIsAValidConfig() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        ConfigLoader loader = new ConfigLoader();
        for (Path file : files) {
            if (file.getFileName().toString().startsWith("theory-")) {
                TheoryConfig theory = loader.readTheory(file, java.util.Map.of());
                assertThat(theory.out()).as(file.toString()).startsWith("results/");
                continue;
            }
            ExperimentConfig config = loader.read(file);
            assertThat(config.out()).as(file.toString()).startsWith("results/");
            assertThat(config.training().iterations()).as(file.toString()).isEqualTo(10_000);
        }
    }
}
