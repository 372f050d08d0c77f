package org.richlazy.ingest.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.message.DataLayout;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.SizeLimits;

/**
 * An open HDF5 file whose every read failure becomes an {@link IngestException} naming the file,
 * the dataset and what was expected: not HDF5 or truncated, missing dataset or group, unsupported
 * filter, non-numeric or non-finite data. Numeric datasets of any width (including uint64, which
 * jhdf returns as {@link BigInteger}) are returned as {@code long[]} or {@code double[]}.
 */
public final class H5File implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private final String name;
    private final HdfFile hdf;
    private final long fileSize;

    private H5File(String name, HdfFile hdf, long fileSize) {
        this.name = name;
        this.hdf = hdf;
        this.fileSize = fileSize;
    }

    /**
     * Opens a file.
     *
     * @throws IngestException if it is not HDF5 (no signature) or cannot be parsed (e.g. truncated)
     */
    public static H5File open(Path path) {
        String name = path.toString();
        if (!isHdf5(path)) {
            throw new IngestException(name, "", "not an HDF5 file (no HDF5 signature at offset 0)", "an HDF5 file");
        }
        requireComplete(path);
        try {
            return new H5File(name, new HdfFile(path), Files.size(path));
        } catch (IOException | HdfException | IllegalArgumentException | IllegalStateException
                 | java.nio.BufferUnderflowException e) {
            throw new IngestException(name, "", "unreadable HDF5 file: its structure is truncated or corrupt",
                    "a complete HDF5 file", e);
        }
    }

    /**
     * Runs a read of HDF5 content and reports a corrupt file as an {@link IngestException}. jhdf
     * parses lazily: a damaged header, B-tree or heap surfaces at whatever access first touches it
     * (iterating a group, reading an attribute, a dimension or the data), as {@link HdfException} or
     * as one of the low-level runtime exceptions its byte-buffer parsing raises. Every reader that
     * opens HDF5 files runs its whole read through here, so none of these escape untyped.
     *
     * @param file what the error names (the file or folder being read)
     */
    public static <T> T guarded(Path file, Supplier<T> read) {
        try {
            return read.get();
        } catch (HdfException | java.nio.BufferUnderflowException | java.nio.BufferOverflowException
                 | IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException
                 | ArithmeticException | IllegalStateException | UnsupportedOperationException e) {
            throw new IngestException(file.toString(), "", "corrupt HDF5 content: a header, index or data "
                    + "block cannot be parsed (a damaged or truncated file)", "a complete, undamaged HDF5 file", e);
        }
    }

    /** Compares the superblock's end-of-file address with the file's size. */
    private static void requireComplete(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            Superblock superblock = Superblock.readSuperblock(channel, 0);
            long expected = superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
            long size = channel.size();
            if (size < expected) {
                throw new IngestException(path.toString(), "", "truncated HDF5 file (" + size + " bytes, the superblock says "
                        + expected + ")", "a complete HDF5 file");
            }
        } catch (IOException | HdfException | java.nio.BufferUnderflowException e) {
            throw new IngestException(path.toString(), "", "unreadable HDF5 superblock (the file's first block, "
                    + "which locates everything else, is damaged)",
                    "a complete HDF5 file", e);
        }
    }

    /** Whether a file starts with the HDF5 signature. */
    public static boolean isHdf5(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    /** Whether a node exists at the path. */
    public boolean exists(String path) {
        try {
            return hdf.getByPath(path) != null;
        } catch (HdfException e) {
            return false;
        }
    }

    /** The node at a path, or an error naming it. */
    public Node node(String path, String expected) {
        try {
            return hdf.getByPath(path);
        } catch (HdfException e) {
            throw new IngestException(name, path, "no such dataset or group (" + e.getMessage() + ")", expected, e);
        }
    }

    /** The group at a path. */
    public Group group(String path) {
        Node n = node(path, "a group at " + path);
        if (!(n instanceof Group g)) {
            throw new IngestException(name, path, "a dataset where a group was expected", "a group");
        }
        return g;
    }

    /** The dataset at a path. */
    public Dataset dataset(String path) {
        Node n = node(path, "a dataset at " + path);
        if (!(n instanceof Dataset d)) {
            throw new IngestException(name, path, "a group where a dataset was expected", "a dataset");
        }
        return d;
    }

    /** The root group. */
    public Group root() {
        return hdf;
    }

    /** The child groups of a group, by name, in file order. */
    public static Map<String, Group> childGroups(Group g) {
        Map<String, Group> out = new LinkedHashMap<>();
        for (Node n : g) {
            if (n instanceof Group child) {
                out.put(n.getName(), child);
            }
        }
        return out;
    }

    /** A dataset's elements flattened in row-major order, decoded (filters applied). */
    public Object flat(String path) {
        Dataset d = dataset(path);
        long elements = d.getSize();
        int width = d.getDataType().getSize();
        if (d.getDataLayout() == DataLayout.CONTIGUOUS && width > 0 && elements > fileSize / width) {
            throw new IngestException(name, path, "dataset declares " + elements + " elements of " + width
                    + " bytes stored contiguously in a file of " + fileSize + " bytes",
                    "a dataset whose data fits in its file (a corrupt or absurd dataspace)");
        }
        SizeLimits.requireMemory(name, path, elements, decodedBytes(d), "dataset " + path);
        try {
            return d.getDataFlat();
        } catch (HdfException | UnsupportedOperationException | java.nio.BufferUnderflowException e) {
            throw new IngestException(name, path, "cannot decode dataset (" + e.getMessage() + ")",
                    "an uncompressed dataset or one with a filter jhdf supports (deflate/gzip, shuffle, lzf, fletcher32)", e);
        }
    }

    /**
     * Heap bytes per element once decoded and converted: jhdf returns unsigned 64-bit integers as
     * {@link BigInteger} objects (about 80 bytes each with their reference); numbers are then copied
     * into {@code long[]} or {@code double[]} (8 bytes).
     */
    private static int decodedBytes(Dataset d) {
        if (d.getDataType() instanceof FixedPoint fixed && !fixed.isSigned() && fixed.getSize() == Long.BYTES) {
            return 80;
        }
        return Math.max(Long.BYTES, d.getDataType().getSize());
    }

    /** The dimensions of a dataset. */
    public int[] dims(String path) {
        return dataset(path).getDimensions();
    }

    /** A numeric dataset as finite doubles, flattened. */
    public double[] doubles(String path) {
        Object data = flat(path);
        if (data instanceof double[] d) {
            return requireFinite(path, d);
        }
        if (data instanceof float[] f) {
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = f[i];
            }
            return requireFinite(path, out);
        }
        if (data instanceof long[] l) {
            return java.util.Arrays.stream(l).asDoubleStream().toArray();
        }
        if (data instanceof int[] ints) {
            return java.util.Arrays.stream(ints).asDoubleStream().toArray();
        }
        int n = data.getClass().isArray() ? Array.getLength(data) : -1;
        if (n < 0) {
            throw new IngestException(name, path, "a scalar", "a numeric array");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Object v = Array.get(data, i);
            if (!(v instanceof Number num)) {
                throw new IngestException(name, path, "non-numeric element " + v + " (" + data.getClass().getSimpleName() + ")",
                        "a numeric dataset");
            }
            out[i] = num.doubleValue();
        }
        return requireFinite(path, out);
    }

    private double[] requireFinite(String path, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IngestException(name, path + "[" + i + "]", "value " + values[i], "a finite number (no NaN or infinity)");
            }
        }
        return values;
    }

    /** An integer dataset (any width, signed or not; floats only when integral) as longs, flattened. */
    public long[] longs(String path) {
        Object data = flat(path);
        if (data instanceof long[] l) {
            return l;
        }
        int n = data.getClass().isArray() ? Array.getLength(data) : -1;
        if (n < 0) {
            throw new IngestException(name, path, "a scalar", "an integer array");
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            Object v = Array.get(data, i);
            if (v instanceof BigInteger b) {
                if (b.bitLength() > 63) {
                    throw new IngestException(name, path + "[" + i + "]", "id " + b + " does not fit 63 bits", "an id below 2^63");
                }
                out[i] = b.longValue();
            } else if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (d != Math.rint(d) || Double.isInfinite(d)) {
                    throw new IngestException(name, path + "[" + i + "]", "non-integral value " + d, "an integer");
                }
                out[i] = (long) d;
            } else if (v instanceof Number num) {
                out[i] = num.longValue();
            } else {
                throw new IngestException(name, path, "non-numeric element " + v, "an integer dataset");
            }
        }
        return out;
    }

    /** A string-valued attribute of a node, or null when absent. */
    public static String stringAttribute(Node node, String attribute) {
        Attribute a = node.getAttribute(attribute);
        if (a == null) {
            return null;
        }
        Object v = a.getData();
        return v == null ? null : v.toString();
    }

    @Override
    public void close() {
        hdf.close();
    }
}
