package org.richlazy.transform.baseline;

import java.util.SplittableRandom;

/**
 * Entries of a matrix moved at random, on its nonzero entries only, so that a whole connectome is rewired in time
 * and memory proportional to its synapses (docs/science.md#connectome-scale).
 */
final class EntryPermutation {
    private EntryPermutation() {
    }

    /** Permutes {@code values[chosen[0..]]} among themselves, in place, uniformly at random (Fisher-Yates). */
    static void permute(double[] values, int[] chosen, SplittableRandom rng) {
        for (int a = chosen.length - 1; a > 0; a--) {
            int b = rng.nextInt(a + 1);
            double t = values[chosen[a]];
            values[chosen[a]] = values[chosen[b]];
            values[chosen[b]] = t;
        }
    }

    /**
     * {@code k} distinct numbers uniform in [0, range), by Floyd's algorithm, in the order drawn (a uniform subset;
     * the order is not a uniform permutation).
     */
    static long[] distinct(long k, long range, SplittableRandom rng) {
        LongSet chosen = new LongSet(k);
        long[] order = new long[(int) k];
        int next = 0;
        for (long r = range - k; r < range; r++) {
            long t = rng.nextLong(r + 1);
            long pick = chosen.contains(t) ? r : t;
            chosen.add(pick);
            order[next++] = pick;
        }
        return order;
    }

    /**
     * The values of a block of {@code rows x columns} positions, zeros included, permuted over the whole block: the
     * nonzero {@code values} land on {@code values.length} positions drawn uniformly without repeats (Floyd), in a
     * uniformly random order (Fisher-Yates on the values first); the rest of the block is zero. Position p is
     * {@code (p / columns, p % columns)}. Returns the positions, parallel to the permuted {@code values} (in place).
     */
    static long[] scatter(double[] values, long rows, long columns, SplittableRandom rng) {
        int[] all = new int[values.length];
        for (int k = 0; k < all.length; k++) {
            all[k] = k;
        }
        permute(values, all, rng);
        return distinct(values.length, rows * columns, rng);
    }

    /** A set of longs by open addressing, for the positions drawn and the edges present (no boxing). */
    static final class LongSet {
        private static final long EMPTY = Long.MIN_VALUE;
        private long[] slots;
        private int size;

        LongSet(long expected) {
            int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, expected * 2))) << 1;
            slots = new long[capacity];
            java.util.Arrays.fill(slots, EMPTY);
        }

        boolean contains(long key) {
            int mask = slots.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (slots[i] == EMPTY) {
                    return false;
                }
                if (slots[i] == key) {
                    return true;
                }
            }
        }

        void add(long key) {
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                java.util.Arrays.fill(slots, EMPTY);
                size = 0;
                for (long k : old) {
                    if (k != EMPTY) {
                        add(k);
                    }
                }
            }
            int mask = slots.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (slots[i] == key) {
                    return;
                }
                if (slots[i] == EMPTY) {
                    slots[i] = key;
                    size++;
                    return;
                }
            }
        }

        void remove(long key) {
            int mask = slots.length - 1;
            int i = slot(key, mask);
            while (slots[i] != key) {
                if (slots[i] == EMPTY) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = EMPTY;
            size--;
            for (int j = (i + 1) & mask; slots[j] != EMPTY; j = (j + 1) & mask) {
                long k = slots[j];
                slots[j] = EMPTY;
                size--;
                add(k);
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }
}
