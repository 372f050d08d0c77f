package org.richlazy.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The smallest real experiment, for the tests of what a run does to its results folder: the built-in cell-type
 * table at N = 30 against a gaussian baseline, 2AF, seeds 1 and 2, 30 iterations (4 runs, about a second).
 */
final class TinyExperiment {
    private TinyExperiment() {
    }

    /** Writes the config to {@code dir/tiny.yaml} with results going to {@code out}, and returns its path. */
    static Path config(Path dir, Path out) throws IOException {
        return Files.writeString(dir.resolve("tiny.yaml"), """
                name: tiny
                out: '%s'
                workers: 1
                source:
                  preset: mouse-v1-l23
                transform:
                  neurons: 30
                  baselines: [gaussian]
                training:
                  tasks: [2af]
                  seeds: [1, 2]
                  iterations: 30
                  checkpoints: 30
                """.formatted(out));
    }
}
