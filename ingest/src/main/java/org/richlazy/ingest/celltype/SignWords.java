package org.richlazy.ingest.celltype;

import java.util.Locale;
import java.util.Optional;
import org.richlazy.ingest.CellSign;

/** The spellings of a class sign accepted in cell-type files. */
final class SignWords {
    static final String ACCEPTED = "E, I, e, i, excitatory, inhibitory, ex, in, + or -";

    private SignWords() {
    }

    /** The sign a word names, or empty when it names none. */
    static Optional<CellSign> parse(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "e", "ex", "exc", "excitatory", "+" -> Optional.of(CellSign.EXCITATORY);
            case "i", "in", "inh", "inhibitory", "-" -> Optional.of(CellSign.INHIBITORY);
            default -> Optional.empty();
        };
    }
}
