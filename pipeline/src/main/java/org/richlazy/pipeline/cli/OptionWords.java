package org.richlazy.pipeline.cli;

import org.richlazy.transform.ConfigWord;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads a command-line option that takes one of a setting's config words ({@code --precision float64}). */
final class OptionWords {
    private OptionWords() {
    }

    /** The constant of {@code type} written {@code value}; an unknown word is a usage error naming the option. */
    static <E extends Enum<E> & ConfigWord> E parse(CommandSpec spec, String option, Class<E> type, String value) {
        if (!ConfigWord.words(type).contains(value)) {
            throw new ParameterException(spec.commandLine(), option + " must be one of "
                    + String.join(", ", ConfigWord.words(type)) + ", got " + value);
        }
        return ConfigWord.of(type, value);
    }
}
