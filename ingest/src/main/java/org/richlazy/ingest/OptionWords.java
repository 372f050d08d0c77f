package org.richlazy.ingest;

import java.util.List;
import java.util.Locale;

/** Checking of word-valued {@link IngestOptions} against their allowed spellings. */
public final class OptionWords {
    private OptionWords() {
    }

    /**
     * The option's value in lower case, or {@code fallback} when null.
     *
     * @throws IngestException naming the option and the allowed words when the value is not one of them
     */
    public static String choose(String file, String option, String value, String fallback, List<String> allowed) {
        if (value == null) {
            return fallback;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(word)) {
            throw new IngestException(file, "option " + option, "value '" + value + "'", "one of " + allowed);
        }
        return word;
    }

    /** Whether a matrix's rows are presynaptic (option {@code orientation}, default {@code rows-pre}). */
    public static boolean rowsArePre(String file, IngestOptions options) {
        return choose(file, "orientation", options.orientation(), "rows-pre", List.of("rows-pre", "rows-post"))
                .equals("rows-pre");
    }

    /** The provenance's orientation text for a matrix whose rows are presynaptic or postsynaptic. */
    public static String orientationText(boolean rowsPre) {
        return rowsPre ? "rows = presynaptic, columns = postsynaptic (transposed into W[post][pre])"
                : "rows = postsynaptic, columns = presynaptic (stored as read)";
    }
}
