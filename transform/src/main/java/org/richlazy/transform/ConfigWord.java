package org.richlazy.transform;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * A value a config file names by a word ({@code spectral-radius}): implemented by the enums of the settings, so
 * the words a key accepts are the enum's constants and nothing else: a constant's word is its name in lower case
 * with hyphens ({@code SPECTRAL_RADIUS} is {@code spectral-radius}). Jackson reads and writes the word.
 */
public interface ConfigWord {
    /** The constant's name ({@link Enum#name}). */
    String name();

    /** The word as a config file writes it. */
    @JsonValue
    default String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The words of {@code type}, in declaration order. */
    static <E extends Enum<E> & ConfigWord> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ConfigWord::word).toList();
    }

    /**
     * The constant of {@code type} written {@code word}.
     *
     * @throws IllegalArgumentException for a word not among {@link #words}, naming them
     */
    static <E extends Enum<E> & ConfigWord> E of(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(word)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + word + "'; known: "
                + String.join(", ", words(type)));
    }
}
