package org.richlazy.pipeline.config;

import org.richlazy.train.theory.TheorySpec;

/**
 * A sweep of the two-layer linear theory ({@code richlazy theory}); the resolved record is what
 * {@code <out>/experiment.yaml} holds.
 *
 * @param name   a short title shown in the report
 * @param out    results folder, relative to the working directory
 * @param theory the sweep ({@link TheorySpec})
 */
public record TheoryConfig(String name, String out, TheorySpec theory) {
    public TheoryConfig {
        name = name == null ? "two-layer linear theory" : name;
        out = out == null ? "richlazy-theory" : out;
        theory = theory == null ? TheorySpec.defaults() : theory;
    }

    /** The same with {@code out} made absolute against the working directory. */
    public TheoryConfig withAbsolutePaths() {
        return new TheoryConfig(name, java.nio.file.Path.of(out).toAbsolutePath().normalize().toString(), theory);
    }
}
