package org.richlazy.ingest.numpy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.SizeLimits;

/**
 * One array of NumPy's {@code .npy} format (NEP 1, versions 1 to 3): the magic {@code \x93NUMPY}, a version, a header
 * dict ({@code descr}, {@code fortran_order}, {@code shape}) and the data. Numbers of every fixed-size numeric or boolean
 * dtype, in either byte order, read as float64 in C order (a Fortran-ordered array is reordered); a 0-d or 1-d array of
 * fixed-length text ({@code <U}, {@code |S}) reads as text, as scipy writes a sparse matrix's format. Object arrays are
 * refused: reading them needs pickle, which this reader never runs.
 *
 * @param shape  the dimensions
 * @param values the numbers in C order (empty for text)
 * @param text   the text of a text array (null for numbers)
 */
record NpyArray(int[] shape, double[] values, String text) {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");
    private static final Pattern DTYPE = Pattern.compile("([<>|=])([fiubUS])(\\d{1,4})");
    /** The longest text entry read (scipy's format names are 3 characters). */
    private static final int MAX_TEXT = 256;
    /** NumPy's {@code U} dtype: UTF-32 in the array's byte order (every JDK has it; StandardCharsets does not name it). */
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** The number of entries. */
    long size() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * Reads one array from {@code in}; {@code file} and {@code entry} (the archive member, or empty) name it in errors.
     */
    static NpyArray read(InputStream in, String file, String entry) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IngestException(file, entry, "not a NumPy array (no \\x93NUMPY magic)", "a .npy array");
        }
        int major = in.read();
        in.read();
        int headerLength;
        if (major == 1) {
            headerLength = le(in.readNBytes(2));
        } else if (major == 2 || major == 3) {
            headerLength = le(in.readNBytes(4));
        } else {
            throw new IngestException(file, entry, "NumPy format version " + major, "version 1, 2 or 3");
        }
        if (headerLength < 0 || headerLength > 1 << 20) {
            throw new IngestException(file, entry, "a header of " + headerLength + " bytes", "a header under 1 MB");
        }
        String header = new String(in.readNBytes(headerLength), major == 3 ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, file, entry, "descr");
        boolean fortran = group(FORTRAN, header, file, entry, "fortran_order").equals("True");
        int[] shape = shape(group(SHAPE, header, file, entry, "shape"), file, entry);
        Matcher dtype = DTYPE.matcher(descr);
        if (!dtype.matches()) {
            throw new IngestException(file, entry, "dtype '" + descr + "'", "a numeric, boolean or fixed-length text "
                    + "dtype (object arrays need pickle, which richlazy does not run)");
        }
        ByteOrder order = dtype.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        char kind = dtype.group(2).charAt(0);
        int width = Integer.parseInt(dtype.group(3));
        long count = 1;
        try {
            for (int d : shape) {
                count = Math.multiplyExact(count, d);
            }
        } catch (ArithmeticException e) {
            throw new IngestException(file, entry, "shape " + Arrays.toString(shape), "a shape of fewer than 2^63 entries");
        }
        if (kind == 'U' || kind == 'S') {
            if (width > MAX_TEXT) {
                throw new IngestException(file, entry, "a text dtype of " + width + " characters", "at most " + MAX_TEXT);
            }
            int bytesPerChar = kind == 'U' ? 4 : 1;
            if (count > 1) {
                throw new IngestException(file, entry, "a text array of " + count + " entries", "one text entry");
            }
            byte[] raw = in.readNBytes(width * bytesPerChar);
            String text = kind == 'U'
                    ? new String(raw, order == ByteOrder.BIG_ENDIAN ? UTF_32BE : UTF_32LE)
                    : new String(raw, StandardCharsets.US_ASCII);
            return new NpyArray(shape, new double[0], text.replace("\0", ""));
        }
        SizeLimits.requireMemory(file, entry, count, Double.BYTES, "array " + (entry.isEmpty() ? "" : entry + " ")
                + "of shape " + Arrays.toString(shape));
        byte[] raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, count * width));
        if (raw.length != count * width) {
            throw new IngestException(file, entry, raw.length + " data bytes for shape " + Arrays.toString(shape)
                    + " of " + descr, count * width + " bytes (a truncated file?)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw).order(order);
        double[] values = new double[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(buffer, kind, width, file, entry, descr);
        }
        return new NpyArray(shape, fortran && shape.length == 2 ? transposed(values, shape) : values, null);
    }

    private static double number(ByteBuffer b, char kind, int width, String file, String entry, String descr) {
        return switch (kind) {
            case 'f' -> switch (width) {
                case 4 -> b.getFloat();
                case 8 -> b.getDouble();
                default -> throw unsupported(file, entry, descr);
            };
            case 'i' -> switch (width) {
                case 1 -> b.get();
                case 2 -> b.getShort();
                case 4 -> b.getInt();
                case 8 -> exactLong(b.getLong(), file, entry);
                default -> throw unsupported(file, entry, descr);
            };
            case 'u' -> switch (width) {
                case 1 -> Byte.toUnsignedInt(b.get());
                case 2 -> Short.toUnsignedInt(b.getShort());
                case 4 -> Integer.toUnsignedLong(b.getInt());
                case 8 -> exactUnsigned(b.getLong(), file, entry);
                default -> throw unsupported(file, entry, descr);
            };
            case 'b' -> b.get() != 0 ? 1 : 0;
            default -> throw unsupported(file, entry, descr);
        };
    }

    /** A 64-bit integer, refused beyond 2^53 where float64 would round it. */
    private static double exactLong(long v, String file, String entry) {
        if (Math.abs(v) > 1L << 53) {
            throw new IngestException(file, entry, "the integer " + Long.toUnsignedString(v), "integers of at most "
                    + "2^53 in magnitude (read exactly as float64)");
        }
        return v;
    }

    /** A 64-bit unsigned integer, refused beyond 2^53 (and at 2^63 or more, which reads negative here). */
    private static double exactUnsigned(long v, String file, String entry) {
        if (v < 0 || v > 1L << 53) {
            throw new IngestException(file, entry, "the integer " + Long.toUnsignedString(v), "integers of at most "
                    + "2^53 (read exactly as float64)");
        }
        return v;
    }

    private static IngestException unsupported(String file, String entry, String descr) {
        return new IngestException(file, entry, "dtype '" + descr + "'", "float32/64, (u)int8/16/32/64 or bool");
    }

    private static double[] transposed(double[] fortran, int[] shape) {
        int rows = shape[0];
        int cols = shape[1];
        double[] c = new double[fortran.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i * cols + j] = fortran[j * rows + i];
            }
        }
        return c;
    }

    private static String group(Pattern p, String header, String file, String entry, String key) {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new IngestException(file, entry, "a header without '" + key + "'", "a NumPy header dict with descr, "
                    + "fortran_order and shape");
        }
        return m.group(1);
    }

    private static int[] shape(String text, String file, String entry) {
        String[] parts = text.split(",");
        return Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).mapToInt(s -> {
            int d;
            try {
                d = Integer.parseInt(s.replace("L", ""));
            } catch (NumberFormatException e) {
                throw new IngestException(file, entry, "shape (" + text + ")", "whole-number dimensions");
            }
            if (d < 0) {
                throw new IngestException(file, entry, "shape (" + text + ")", "dimensions of 0 or more");
            }
            return d;
        }).toArray();
    }

    private static int le(byte[] bytes) {
        int v = 0;
        for (int i = bytes.length - 1; i >= 0; i--) {
            v = (v << 8) | (bytes[i] & 0xff);
        }
        return v;
    }

}
