package org.richlazy.ingest.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of damaging a file's bytes, drawn from an explicit random source. Text mutations treat
 * the bytes as ISO-8859-1 so that every other byte (BOM, CRLF, UTF-8) is kept as it was.
 */
public enum Mutation {
    /** The file cut at a random offset. */
    TRUNCATE {
        @Override
        byte[] apply(byte[] in, List<Long> dims, SplittableRandom rng) {
            byte[] out = new byte[rng.nextInt(in.length + 1)];
            System.arraycopy(in, 0, out, 0, out.length);
            return out;
        }
    },
    /** One to eight random bits flipped. */
    FLIP_BYTES {
        @Override
        byte[] apply(byte[] in, List<Long> dims, SplittableRandom rng) {
            byte[] out = in.clone();
            int flips = 1 + rng.nextInt(8);
            for (int i = 0; i < flips && out.length > 0; i++) {
                out[rng.nextInt(out.length)] ^= (byte) (1 << rng.nextInt(8));
            }
            return out;
        }
    },
    /** A number of the text replaced by a non-finite or malformed one. */
    INSERT_NAN {
        @Override
        byte[] apply(byte[] in, List<Long> dims, SplittableRandom rng) {
            return replaceNumber(in, rng, NON_FINITE[rng.nextInt(NON_FINITE.length)]);
        }
    },
    /** A random text token inserted at a random offset. */
    INSERT_TEXT {
        @Override
        byte[] apply(byte[] in, List<Long> dims, SplittableRandom rng) {
            String text = latin1(in);
            int at = rng.nextInt(text.length() + 1);
            return bytes(text.substring(0, at) + TOKENS[rng.nextInt(TOKENS.length)] + text.substring(at));
        }
    },
    /** Two columns swapped on every line (comma, tab or space separated). */
    SWAP_COLUMNS {
        @Override
        byte[] apply(byte[] in, List<Long> dims, SplittableRandom rng) {
            String text = latin1(in);
            String delimiter = text.indexOf(',') >= 0 ? "," : text.indexOf('\t') >= 0 ? "\t" : " ";
            int a = rng.nextInt(4);
            int b = rng.nextInt(4);
            StringBuilder out = new StringBuilder(text.length());
            for (String line : text.split("\n", -1)) {
                String[] cells = line.split(Pattern.quote(delimiter), -1);
                if (a < cells.length && b < cells.length) {
                    String t = cells[a];
                    cells[a] = cells[b];
                    cells[b] = t;
                }
                out.append(String.join(delimiter, cells)).append('\n');
            }
            out.setLength(out.length() - 1);
            return bytes(out.toString());
        }
    },
    /**
     * An absurd declared size: in HDF5, an 8-byte little-endian occurrence of a dataset dimension
     * (where the dataspace message stores it) replaced by a huge one; in text, a number replaced by
     * a huge id or count.
     */
    ABSURD_SIZE {
        @Override
        byte[] apply(byte[] in, List<Long> dims, SplittableRandom rng) {
            if (dims.isEmpty()) {
                return replaceNumber(in, rng, HUGE[rng.nextInt(HUGE.length)]);
            }
            long dim = dims.get(rng.nextInt(dims.size()));
            List<Integer> offsets = occurrences(in, dim);
            byte[] out = in.clone();
            if (offsets.isEmpty()) {
                return FLIP_BYTES.apply(in, dims, rng);
            }
            int at = offsets.get(rng.nextInt(offsets.size()));
            long huge = HUGE_DIMS[rng.nextInt(HUGE_DIMS.length)];
            ByteBuffer.wrap(out, at, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(huge);
            return out;
        }
    };

    private static final String[] NON_FINITE = {"NaN", "nan", "inf", "-Infinity", "1e999", "--1", "1.2.3", "", "[]", "NULL"};
    private static final String[] TOKENS = {"abc", "NaN", ",", "\"", "\n", "\t", " ", "-", "\u00e9", "\0",
        "x,y,z\n", "\"unterminated", "1e308", "#"};
    private static final String[] HUGE = {"1000000000", "99999999999999999999", "9223372036854775807", "-1",
        "18446744073709551615", "2147483648", "1e18"};
    private static final long[] HUGE_DIMS = {1_000_000_000L, 1L << 31, 1L << 40, Long.MAX_VALUE, -1L, 0L};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** The damaged bytes; {@code dims} are the file's HDF5 dataset dimensions (empty for text). */
    abstract byte[] apply(byte[] in, List<Long> dims, SplittableRandom rng);

    /** Whether this mutation applies to a file of this kind. */
    boolean appliesTo(boolean hdf5) {
        return !hdf5 || this == TRUNCATE || this == FLIP_BYTES || this == ABSURD_SIZE;
    }

    private static byte[] replaceNumber(byte[] in, SplittableRandom rng, String replacement) {
        String text = latin1(in);
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return bytes(text + replacement);
        }
        int[] span = spans.get(rng.nextInt(spans.size()));
        return bytes(text.substring(0, span[0]) + replacement + text.substring(span[1]));
    }

    private static List<Integer> occurrences(byte[] in, long value) {
        List<Integer> found = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 8 <= in.length; i++) {
            if (buffer.getLong(i) == value) {
                found.add(i);
            }
        }
        return found;
    }

    private static String latin1(byte[] in) {
        return new String(in, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
