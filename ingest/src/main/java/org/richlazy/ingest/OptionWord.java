package org.richlazy.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A reader option written as one word of a closed set ({@code rows-post}, {@code mirror-missing}): implemented by
 * the enums of the option families, so the words a key accepts are the enum's constants and nothing else (the same
 * pattern as the config's own words, docs/config.md). A constant's word is its name in lower case with hyphens
 * ({@code ROWS_POST} is {@code rows-post}) unless the enum overrides {@link #word()} (SONATA's {@code syn_weight}).
 */
public interface OptionWord {
    /** The constant's name ({@link Enum#name}). */
    String name();

    /** The word as a config file or {@code --option} writes it. */
    default String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words of {@code type}, in declaration order. */
    static <E extends Enum<E> & OptionWord> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(OptionWord::word).toList();
    }

    /** The constant of {@code type} written {@code word} (case and surrounding blanks aside), or null. */
    static <E extends Enum<E> & OptionWord> E find(Class<E> type, String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.word().equals(wanted)).findFirst().orElse(null);
    }
}
