package org.richlazy.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.pipeline.TestRoot;

class MemoryCheckTest {
    private final ConfigLoader loader = TestRoot.get(ConfigLoader.class);

    @TempDir
    Path dir;

    /**
     * At N = 1,000 the smallest heap (steps of 40 MB) that completed a 20-iteration run was 240 MB for 2 inits and
     * one run at a time, 280 MB for 4 inits, 400 MB for 2 inits and two runs at a time; the estimate is at least
     * that, and not more than a third above it.
     */
    @Test
    void theEstimateCoversTheMeasuredHeapsAndStaysNearThem() {
        long mb = 1 << 20;
        assertThat(MemoryCheck.estimate(1000, 2, 1)).isBetween(240 * mb, 320 * mb);
        assertThat(MemoryCheck.estimate(1000, 4, 1)).isBetween(280 * mb, 373 * mb);
        assertThat(MemoryCheck.estimate(1000, 2, 2)).isBetween(400 * mb, 533 * mb);
    }

    @Test
    void anExperimentThatCannotFitIsRefusedAtLoadWithTheEstimateAndTheRemedies() throws IOException {
        Path file = Files.writeString(dir.resolve("big.yaml"), "source:\n  preset: mouse-v1-l23\ntransform:\n"
                + "  neurons: 20000\nworkers: 2\n");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.readForRun(file, Map.of()));
        assertThat(e.problems()).singleElement().asString().startsWith(file + ":4: 'transform.neurons' = 20000"
                + " needs an estimated 169.9 GiB of heap").contains("(3 inits and 2 runs at once, each holding float64"
                + " 20000 x 20000 matrices of 3.0 GiB), above this JVM's maximum heap of", "fewer neurons (transform.neurons), fewer"
                + " runs at once (workers: 1), or a bigger heap (RICHLAZY_JAVA_OPTS=-Xmx");
    }

    @Test
    void theBuiltInSourcesKeepToTheMaxNeuronsLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("random.yaml"), "source:\n  preset: random-gaussian\ntransform:\n"
                + "  neurons: 50001\n");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.readForRun(file, Map.of()));
        assertThat(e.problems()).singleElement().asString().contains("'transform.neurons' = 50001 is above the limit"
                + " of 50000 neurons");
    }
}
