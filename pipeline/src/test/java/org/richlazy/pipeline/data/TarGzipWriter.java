package org.richlazy.pipeline.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes small gzip-compressed ustar archives for the tests of {@link TarGzip} and {@link MnistPackage}. */
final class TarGzipWriter {
    private static final int BLOCK = 512;

    private TarGzipWriter() {
    }

    /** The bytes of a ustar archive holding {@code files} (name to content, in order), gzip-compressed. */
    static byte[] write(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                gz.write(header(f.getKey(), f.getValue().length));
                gz.write(f.getValue());
                gz.write(new byte[(BLOCK - f.getValue().length % BLOCK) % BLOCK]);
            }
            gz.write(new byte[2 * BLOCK]);
        }
        return out.toByteArray();
    }

    /** The ustar header of a plain file {@code name} announcing {@code size} bytes, with its checksum. */
    static byte[] header(String fileName, long size) {
        byte[] header = new byte[BLOCK];
        byte[] name = fileName.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(name, 0, header, 0, name.length);
        put(header, 100, String.format("%07o", 0644));
        put(header, 108, String.format("%07o", 0));
        put(header, 116, String.format("%07o", 0));
        put(header, 124, String.format("%011o", size));
        put(header, 136, String.format("%011o", 0));
        header[156] = '0';
        put(header, 257, "ustar");
        header[262] = 0;
        put(header, 263, "00");
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : header) {
            sum += Byte.toUnsignedInt(b);
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        return header;
    }

    private static void put(byte[] header, int at, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, at, b.length);
    }
}
