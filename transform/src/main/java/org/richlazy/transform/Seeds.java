package org.richlazy.transform;

import java.nio.charset.StandardCharsets;

/**
 * Derives the seed of each random stream of the stage (sampling, selection, each baseline) from
 * the one configured seed, deterministically and distinctly per stream name: the stream name is
 * hashed with 64-bit FNV-1a, combined with the base seed and passed through the SplitMix64
 * finaliser (Steele, Lea &amp; Flood 2014), so nearby base seeds and similar names give unrelated
 * seeds.
 */
final class Seeds {
    private Seeds() {
    }

    static long derive(long base, String stream) {
        long h = 0xcbf29ce484222325L;
        for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(mix(base) ^ h);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
