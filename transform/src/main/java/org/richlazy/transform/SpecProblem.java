package org.richlazy.transform;

import java.util.ArrayList;
import java.util.List;

/**
 * A value of one config section outside what that section allows, as found by the section's own record
 * ({@link TransformSpec#problems()}, {@code TrainingSpec.problems()}; docs/config.md).
 *
 * @param key      the key inside the section, as a config writes it: {@code learning-rate}, {@code ranks[2]},
 *                 {@code quotas.L23-pyr}; {@code ""} for the section as a whole
 * @param problem  what is wrong with the value, e.g. {@code = -1.0}
 * @param expected what the key takes, e.g. {@code a positive, finite number}; {@code null} when {@code problem}
 *                 says it itself ({@link #stated})
 */
public record SpecProblem(String key, String problem, String expected) {
    /**
     * A problem worded whole by the one who found it, e.g. {@code unknown task '3af'; known: 2af, dms, cxt, smnist}.
     */
    public static SpecProblem stated(String key, String problem) {
        return new SpecProblem(key, problem, null);
    }

    /**
     * {@code '<path>' <problem>; expected <expected>} ({@code '<path>': <problem>} for a {@link #stated} one),
     * {@code path} being the key as the reader knows it.
     */
    public String message(String path) {
        return expected == null ? "'" + path + "': " + problem : "'" + path + "' " + problem + "; expected " + expected;
    }

    /** The key's path in a config whose section is at {@code section}: the section itself for the key {@code ""}. */
    public String path(String section) {
        return key.isEmpty() ? section : section + "." + key;
    }

    /** The message naming the key inside its section. */
    @Override
    public String toString() {
        return message(key);
    }

    /** Collects the problems of one section, range by range. */
    public static final class Checks {
        private final List<SpecProblem> found = new ArrayList<>();

        /** Records {@code key} unless {@code ok}. */
        public Checks require(boolean ok, String key, String problem, String expected) {
            if (!ok) {
                found.add(new SpecProblem(key, problem, expected));
            }
            return this;
        }

        /** A whole number of at least {@code min}; null (unset) passes. */
        public Checks atLeast(String key, Number value, long min) {
            return require(value == null || value.longValue() >= min, key, "= " + value,
                    min == 0 ? "zero or more" : "at least " + min);
        }

        /**
         * At most {@code max}, a bound against typing slips (docs/config.md#upper-bounds); null passes.
         */
        public Checks atMost(String key, Number value, double max) {
            return require(value == null || value.doubleValue() <= max, key, "= " + value, "at most "
                    + (max == Math.rint(max) ? Long.toString((long) max) : Double.toString(max))
                    + " (docs/config.md#upper-bounds)");
        }

        /** A positive, finite number; null passes. */
        public Checks positive(String key, Double value) {
            return require(value == null || value > 0 && Double.isFinite(value), key, "= " + value,
                    "a positive, finite number");
        }

        public List<SpecProblem> list() {
            return List.copyOf(found);
        }
    }
}
