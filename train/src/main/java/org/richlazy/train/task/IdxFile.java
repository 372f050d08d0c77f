package org.richlazy.train.task;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.richlazy.ingest.IoFailure;

/**
 * An unsigned-byte IDX file (LeCun et al., the MNIST distribution format): a big-endian header of
 * two zero bytes, the type code 0x08 (unsigned byte), the number of dimensions d, then d 32-bit
 * dimension sizes, then the data in row-major order. A file whose name ends in {@code .gz} is
 * read through gzip. The sizes the header announces are checked before anything is allocated: at most
 * {@link #MAX_DATA_BYTES} bytes, and for an uncompressed file exactly the bytes after the header; gzip data is
 * read as it arrives and never past the announced size plus one byte, so a truncated or bomb-like {@code .gz}
 * file ends in an error without expanding.
 *
 * @param file       where it was read from
 * @param dimensions the dimension sizes
 * @param data       the bytes, row-major
 */
public record IdxFile(Path file, int[] dimensions, byte[] data) {
    private static final int UNSIGNED_BYTE = 0x08;
    /** The most data bytes a header may announce: 256 MiB (MNIST's largest file, the training images, holds 47 MB). */
    static final long MAX_DATA_BYTES = 256L << 20;

    /**
     * Reads an unsigned-byte IDX file of {@code expectedDimensions} dimensions.
     *
     * @throws MnistFormatException when the file is missing, has another type or dimension count,
     *                            is truncated or has bytes after the data
     */
    public static IdxFile read(Path file, int expectedDimensions) {
        boolean gzip = file.toString().endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(gzip
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
            if (total > MAX_DATA_BYTES) {
                throw new MnistFormatException(file, "the header announces " + total + " data bytes, more than the "
                        + MAX_DATA_BYTES + " an IDX file is read with (MNIST's largest holds 47,040,000)");
            }
            long stored = Files.size(file) - 4 - 4L * dims;
            if (!gzip && stored < total) {
                throw new MnistFormatException(file, "truncated: the header announces " + total + " data bytes, the file "
                        + "holds " + stored);
            }
            byte[] data = in.readNBytes((int) total);
            if (data.length < total) {
                throw new MnistFormatException(file, "truncated: the header announces " + total + " data bytes, the "
                        + "data ends after " + data.length);
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
            throw new MnistFormatException(file, "cannot read: " + IoFailure.describe(e), e);
        }
    }
}
