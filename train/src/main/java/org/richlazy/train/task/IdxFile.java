package org.richlazy.train.task;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * An unsigned-byte IDX file (LeCun et al., the MNIST distribution format): a big-endian header of
 * two zero bytes, the type code 0x08 (unsigned byte), the number of dimensions d, then d 32-bit
 * dimension sizes, then the data in row-major order. A file whose name ends in {@code .gz} is
 * read through gzip.
 *
 * @param file       where it was read from
 * @param dimensions the dimension sizes
 * @param data       the bytes, row-major
 */
public record IdxFile(Path file, int[] dimensions, byte[] data) {
    private static final int UNSIGNED_BYTE = 0x08;

    /**
     * Reads an unsigned-byte IDX file of {@code expectedDimensions} dimensions.
     *
     * @throws MnistFormatException when the file is missing, has another type or dimension count,
     *                            is truncated or has bytes after the data
     */
    public static IdxFile read(Path file, int expectedDimensions) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(file.toString().endsWith(".gz")
                     ? new GZIPInputStream(raw) : new java.io.BufferedInputStream(raw))) {
            int zero = in.readUnsignedShort();
            int type = in.readUnsignedByte();
            int dims = in.readUnsignedByte();
            if (zero != 0 || type != UNSIGNED_BYTE) {
                throw new MnistFormatException(file, String.format(
                        "magic number 0x%04x%02x%02x is not an unsigned-byte IDX file (expected 0x000008%02x)", zero,
                        type, dims, expectedDimensions));
            }
            if (dims != expectedDimensions) {
                throw new MnistFormatException(file, dims + " dimensions, expected " + expectedDimensions);
            }
            int[] sizes = new int[dims];
            long total = 1;
            for (int i = 0; i < dims; i++) {
                sizes[i] = in.readInt();
                if (sizes[i] < 0) {
                    throw new MnistFormatException(file, "dimension " + i + " has negative size " + sizes[i]);
                }
                total *= sizes[i];
            }
            if (total > Integer.MAX_VALUE - 16) {
                throw new MnistFormatException(file, "data of " + total + " bytes is too large");
            }
            byte[] data = new byte[(int) total];
            try {
                in.readFully(data);
            } catch (EOFException e) {
                throw new MnistFormatException(file, "truncated: the header announces " + total + " data bytes", e);
            }
            if (in.read() != -1) {
                throw new MnistFormatException(file, "bytes after the " + total + " data bytes the header announces");
            }
            return new IdxFile(file, sizes, data);
        } catch (NoSuchFileException e) {
            throw new MnistFormatException(file, "no such file", e);
        } catch (EOFException e) {
            throw new MnistFormatException(file, "truncated header", e);
        } catch (IOException e) {
            throw new MnistFormatException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
