package org.richlazy.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Readers;
import org.richlazy.train.StopAt;
import org.richlazy.train.TrainingSpec;
import org.richlazy.train.model.Leak;
import org.richlazy.transform.ScalingRule;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.pipeline.TestRoot;

class ConfigLoaderTest {
    private final ConfigLoader loader = TestRoot.get(ConfigLoader.class);

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("exp.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void missingSectionsTakeThePaperDefaults() throws IOException {
        ExperimentConfig config = loader.read(write("name: x\n"));
        assertThat(config.transform().gain()).isEqualTo(1.25);
        assertThat(config.transform().scaling()).isEqualTo(ScalingRule.FROBENIUS);
        assertThat(config.training().optimisation().learningRate()).isEqualTo(0.003);
        assertThat(config.training().optimisation().momentum()).isEqualTo(0.9);
        assertThat(config.training().schedule().iterations()).isEqualTo(10_000);
        assertThat(config.training().optimisation().batchSize()).isEqualTo(32);
        assertThat(config.source().preset()).isEqualTo(SourceSpec.MOUSE_V1_L23);
    }

    @Test
    void resolvedYamlWritesEveryDefaultAndReadsBackEqual() throws IOException {
        ExperimentConfig config = loader.read(write("training:\n  iterations: 50\n"));
        String yaml = loader.toYaml(config);
        assertThat(yaml).contains("learning-rate: 0.003", "momentum: 0.9", "gain: 1.25", "iterations: 50",
                "probe-batches: 10", "baselines:");
        ExperimentConfig again = loader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "resolved", Map.of());
        assertThat(again).isEqualTo(config);
    }

    /**
     * An experiment.yaml written before the training keys were grouped (flat-experiment-0.1.yaml, written by
     * {@code richlazy run} then) reads into the spec it says, and the training section written now holds the same
     * flat keys with the same values, and the keys added since ({@code weights}, the curvature and sequence keys) at
     * their defaults.
     */
    @Test
    void flatExperimentYamlOfAnEarlierVersionReadsIntoTheSameSpec() throws IOException {
        String old;
        try (var in = getClass().getResourceAsStream("flat-experiment-0.1.yaml")) {
            old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ExperimentConfig config = loader.parse(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)),
                "flat-experiment-0.1.yaml", Map.of());
        TrainingSpec expected = TrainingSpec.builder().tasks(List.of("2af")).seeds(List.of(1L)).iterations(20)
                .batchSize(4).tau(200.0).leak(Leak.EXPONENTIAL).curveEvery(5).probeBatches(1)
                .stopAt(new StopAt(0.99, null, 2)).constraints(List.of("dale")).build();
        assertThat(config.training()).isEqualTo(expected);
        assertThat(config.training().dynamics().tau()).isEqualTo(200.0);
        String training = loader.toYaml(config).split("\ntraining:\n", 2)[1];
        List<String> written = new java.util.ArrayList<>(training.lines().sorted().toList());
        for (String added : List.of("  weights: auto", "  curvature-batches: 1", "  trace-probes: 10",
                "  sequence: []", "  sequence-heads: per-task")) {
            assertThat(written.remove(added)).as("%s: a key added since, at its default", added).isTrue();
        }
        assertThat(written).containsExactlyElementsOf(old.split("\ntraining:\n", 2)[1].lines().sorted().toList());
    }

    @Test
    void overridesReplaceValuesByDottedPathAndParseAsYaml() throws IOException {
        ExperimentConfig config = loader.read(write("training:\n  iterations: 50\n"),
                Map.of("training.iterations", "7", "training.seeds", "[4, 5]", "transform.gain", "1.5"));
        assertThat(config.training().schedule().iterations()).isEqualTo(7);
        assertThat(config.training().seeds()).containsExactly(4L, 5L);
        assertThat(config.transform().gain()).isEqualTo(1.5);
    }

    @Test
    void unknownKeyNamesItsLineAndTheKnownKeys() throws IOException {
        Path file = write("name: x\ntraining:\n  learning-rate: 0.01\n  iteratons: 3\n");
        assertThatThrownBy(() -> loader.read(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":4: unknown key 'training.iteratons'")
                .hasMessageContaining("iterations");
    }

    @Test
    void wrongTypeNamesTheKeyAndWhatWasExpected() throws IOException {
        Path file = write("training:\n  iterations: many\n");
        assertThatThrownBy(() -> loader.read(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("training.iterations").hasMessageContaining("expected a whole number");
    }

    @Test
    void malformedYamlAndMissingFileAreOneLineErrors() throws IOException {
        Path file = write("training: [\n");
        assertThatThrownBy(() -> loader.read(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toString());
        assertThatThrownBy(() -> loader.read(dir.resolve("absent.yaml"))).isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("absent.yaml") + ": config file not found");
    }

    @Test
    void impossibleValuesFromRecordConstructorsAreReported() throws IOException {
        assertThatThrownBy(() -> loader.read(write("workers: 0\n"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("workers must be at least 1");
        assertThatThrownBy(() -> loader.read(write("source:\n  preset: nope\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown source.preset 'nope'");
    }

    @Test
    void absolutePathsAreResolvedAgainstTheWorkingDirectory() throws IOException {
        ExperimentConfig config = loader.read(write("out: results/x\nsource:\n  path: data/m.csv\n"
                + "training:\n  tasks: [smnist]\n  mnist-path: data/mnist\n")).withAbsolutePaths(TestRoot.get(Readers.class));
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(config.out()).isEqualTo(cwd.resolve("results/x").toString());
        assertThat(config.source().path()).isEqualTo(cwd.resolve("data/m.csv").toString());
        assertThat(config.training().mnistPath()).isEqualTo(cwd.resolve("data/mnist").toString());
        assertThat(List.of(config.source().preset() == null)).containsExactly(true);
    }
}
