package org.richlazy.ingest.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.IngestException;

/**
 * Which sign a neuron's stated transmitter (or, for MICrONS, its cell class system) gives: a map of
 * words, compared case-insensitively, to {@link CellSign}. Each release has its documented map
 * ({@code docs/formats.md}); option {@code sign-map} replaces entries or adds words. A word the map does
 * not hold gives {@link CellSign#UNKNOWN}, and the reader counts it by word: nothing is guessed.
 */
final class SignMap {
    private static final Map<String, CellSign> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("excitatory", CellSign.EXCITATORY);
        WORDS.put("inhibitory", CellSign.INHIBITORY);
        WORDS.put("unknown", CellSign.UNKNOWN);
    }

    private final Map<String, CellSign> signs;

    private SignMap(Map<String, CellSign> signs) {
        this.signs = signs;
    }

    /** A release's documented map: its excitatory, inhibitory and unknown-sign words, in that order. */
    static Map<String, CellSign> words(List<String> excitatory, List<String> inhibitory, List<String> unknown) {
        Map<String, CellSign> m = new LinkedHashMap<>();
        excitatory.forEach(w -> m.put(w, CellSign.EXCITATORY));
        inhibitory.forEach(w -> m.put(w, CellSign.INHIBITORY));
        unknown.forEach(w -> m.put(w, CellSign.UNKNOWN));
        return m;
    }

    /**
     * The release's map with the option's entries laid over it.
     *
     * @param defaults word to sign, as documented for the release
     * @param option   option {@code sign-map}: word to {@code excitatory}, {@code inhibitory} or {@code unknown}; may be null
     * @throws IngestException on a value that is not one of those three words
     */
    static SignMap of(String file, Map<String, CellSign> defaults, Map<String, String> option) {
        Map<String, CellSign> map = new LinkedHashMap<>();
        defaults.forEach((word, sign) -> map.put(key(word), sign));
        if (option != null) {
            for (Map.Entry<String, String> e : option.entrySet()) {
                CellSign sign = e.getValue() == null ? null : WORDS.get(key(e.getValue()));
                if (sign == null) {
                    throw new IngestException(file, "option sign-map." + e.getKey(), "value '" + e.getValue() + "'",
                            "one of " + List.copyOf(WORDS.keySet()));
                }
                map.put(key(e.getKey()), sign);
            }
        }
        return new SignMap(map);
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }

    /** The sign of a word, or null when the map does not hold it. */
    CellSign sign(String word) {
        return signs.get(key(word));
    }

    /** The map as text for provenance, e.g. {@code "ach: excitatory, gaba: inhibitory"}. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        signs.forEach((word, sign) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(word).append(": ").append(sign.name().toLowerCase(Locale.ROOT));
        });
        return sb.toString();
    }
}
