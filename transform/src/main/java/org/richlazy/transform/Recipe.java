package org.richlazy.transform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an init was made, as {@link InitialWeights#recipe()} and the {@code recipe.*} attributes of
 * {@code inits/<name>.h5} hold it: every entry as text in its order (shown as written), and typed accessors for
 * the keys that decide what a reader does with the init ({@code kind}, {@code rank}, {@code scaling.gain}). Every
 * other key is provenance, read only to be shown.
 *
 * @param entries key to value, in recipe order
 */
public record Recipe(Map<String, String> entries) {
    /** The gain g of the paper, for a recipe that does not give {@code scaling.gain}. */
    public static final double PAPER_GAIN = 1.25;

    public Recipe {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The kind of init ({@code kind}: a baseline's kind or the studied source's), empty when the recipe names none. */
    public String kind() {
        return entries.getOrDefault("kind", "");
    }

    /**
     * The rank of a truncated or rank-matched baseline ({@code rank}); 0 when the recipe gives none or gives
     * something other than an integer.
     */
    public int rank() {
        String value = entries.get("rank");
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The gain g the init was scaled to ({@code scaling.gain}); {@link #PAPER_GAIN} when the recipe does not say. */
    public double gain() {
        String gain = entries.get("scaling.gain");
        return gain == null ? PAPER_GAIN : Double.parseDouble(gain);
    }
}
