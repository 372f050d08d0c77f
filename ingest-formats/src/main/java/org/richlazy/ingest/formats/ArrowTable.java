package org.richlazy.ingest.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.compression.NoCompressionCodec;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowFooter;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.table.Columns;
import org.richlazy.ingest.table.TableFile;
import org.richlazy.ingest.table.TableRow;

/**
 * A Feather v2 / Arrow IPC file read record batch by record batch (one batch in memory at a time),
 * uncompressed, ZSTD ({@link CommonsCompressionFactory}, zstd-jni) or LZ4_FRAME ({@link Lz4FrameCodec}).
 * Cells as text: integers in full (uint64 unsigned, so 64-bit ids are exact), floating point values that
 * are whole numbers below 2^53 without a fraction, strings (dictionary-encoded ones, as pandas writes
 * categoricals, decoded) as they are, booleans as {@code true}/{@code false}, other types by Arrow's
 * {@code getObject}. Only flat tables (no nested columns) with distinct column names are read, and a
 * numeric field only from an integer or floating-point column (docs/formats.md#columnar-tables).
 */
final class ArrowTable implements TableFile {
    static final CompressionCodec.Factory CODECS = new CompressionCodec.Factory() {
        @Override
        public CompressionCodec createCodec(CompressionUtil.CodecType type) {
            return switch (type) {
                case LZ4_FRAME -> new Lz4FrameCodec();
                case ZSTD -> CommonsCompressionFactory.INSTANCE.createCodec(type);
                default -> NoCompressionCodec.Factory.INSTANCE.createCodec(type);
            };
        }

        @Override
        public CompressionCodec createCodec(CompressionUtil.CodecType type, int level) {
            return createCodec(type);
        }
    };

    /** The bytes after an Arrow IPC file's footer: its length (int32, little-endian) and the signature. */
    private static final int TRAILER = 4 + 6;

    private final Path file;
    private final ReadLimits limits;
    private final List<String> columns;

    private ArrowTable(Path file, ReadLimits limits, List<String> columns) {
        this.file = file;
        this.limits = limits;
        this.columns = columns;
    }

    static ArrowTable open(Path file, ReadLimits limits) {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        read(file, limits, reader -> {
            for (Field f : reader.getVectorSchemaRoot().getSchema().getFields()) {
                if (!f.getChildren().isEmpty() && f.getDictionary() == null) {
                    throw new IngestException(file.toString(), "column " + f.getName(), "a nested column ("
                            + f.getType() + ")", "a flat table of numbers and text");
                }
                names.add(f.getName());
                types.add(f.getType().toString());
            }
        });
        Columns.requireDistinct(file.toString(), names, types);
        return new ArrowTable(file, limits, List.copyOf(names));
    }

    /**
     * Opens the file and hands the reader to {@code body}; any failure of Arrow becomes a typed error. The blocks
     * the footer declares are checked to lie inside the file before Arrow reads any, and Arrow allocates (one
     * record batch, compressed and decompressed, with the dictionaries) within {@code max-decompressed-bytes}.
     */
    private static void read(Path file, ReadLimits limits, ReaderBody body) {
        try (FileChannel channel = FileChannel.open(file)) {
            requireBlocksWithin(file, channel);
            try (BufferAllocator allocator = new RootAllocator(limits.maxDecompressedBytes());
                 ArrowFileReader reader = new ArrowFileReader(channel, allocator, CODECS)) {
                body.accept(reader);
            }
        } catch (IngestException e) {
            throw e;
        } catch (OutOfMemoryException e) {
            throw limits.tooLarge(file.toString(), "a record batch");
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file.toString(), "", "not a readable Feather v2 / Arrow IPC file: its footer, "
                    + "schema or a record batch is damaged, or the file is truncated", "a complete Feather v2 / Arrow IPC file", e);
        }
    }

    /**
     * Reads the footer as Arrow will and refuses a record or dictionary block that does not lie inside the file
     * (Arrow allocates a block's declared size before reading it). A footer that cannot be located is left to
     * Arrow, which refuses it.
     */
    private static void requireBlocksWithin(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < 8 + TRAILER) {
            return;
        }
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(trailer, size - TRAILER);
        int footerLength = trailer.getInt(0);
        if (footerLength <= 0 || footerLength > size - 8 - TRAILER) {
            return;
        }
        ByteBuffer footer = ByteBuffer.allocate(footerLength);
        channel.read(footer, size - TRAILER - footerLength);
        footer.flip();
        ArrowFooter index = new ArrowFooter(Footer.getRootAsFooter(footer));
        List<ArrowBlock> blocks = new ArrayList<>(index.getDictionaries());
        blocks.addAll(index.getRecordBatches());
        for (ArrowBlock block : blocks) {
            long start = block.getOffset();
            long length = (long) block.getMetadataLength() + block.getBodyLength();
            if (start < 0 || block.getMetadataLength() < 0 || block.getBodyLength() < 0 || length > size - start) {
                throw new IngestException(file.toString(), "", "a block declared at bytes " + start + " to "
                        + (start + length) + " of a file of " + size + " bytes (a damaged footer or a truncated file)",
                        "a complete Feather v2 / Arrow IPC file");
            }
        }
    }

    @FunctionalInterface
    private interface ReaderBody {
        void accept(ArrowFileReader reader) throws IOException;
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public String kind() {
        return "Feather v2 / Arrow IPC";
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public void forEachRow(Consumer<TableRow> visitor) {
        read(file, limits, reader -> {
            Row row = new Row();
            long before = 0;
            while (reader.loadNextBatch()) {
                VectorSchemaRoot root = reader.getVectorSchemaRoot();
                List<FieldVector> decoded = new ArrayList<>();
                try {
                    row.views = new ColumnView[root.getFieldVectors().size()];
                    for (int c = 0; c < row.views.length; c++) {
                        FieldVector v = root.getVector(c);
                        DictionaryEncoding encoding = v.getField().getDictionary();
                        if (encoding != null) {
                            Dictionary dictionary = reader.getDictionaryVectors().get(encoding.getId());
                            v = (FieldVector) DictionaryEncoder.decode(v, dictionary);
                            decoded.add(v);
                        }
                        row.views[c] = ColumnView.of(v);
                    }
                    int rows = root.getRowCount();
                    for (int i = 0; i < rows; i++) {
                        row.index = i;
                        row.number = before + i + 1;
                        visitor.accept(row);
                    }
                    before += rows;
                } finally {
                    decoded.forEach(FieldVector::close);
                }
            }
        });
    }

    /** One row of the current batch. */
    private static final class Row implements TableRow {
        private ColumnView[] views;
        private int index;
        private long number;

        @Override
        public String where() {
            return "row " + number;
        }

        @Override
        public String text(int column) {
            return views[column].text(index);
        }

        @Override
        public boolean isMissing(int column) {
            return views[column].isNull(index) || TableRow.super.isMissing(column);
        }

        @Override
        public double number(int column, String file, String name) {
            ColumnView view = views[column];
            if (!view.isNumeric()) {
                throw Columns.notNumeric(file, name, view.type());
            }
            if (!view.isNull(index)) {
                return finite(view.number(index), file, name);
            }
            return TableRow.super.number(column, file, name);
        }
    }

    /** Typed access to one column vector of a batch. */
    private interface ColumnView {
        boolean isNull(int i);

        String text(int i);

        boolean isNumeric();

        /** The column's Arrow type, for errors. */
        default String type() {
            return vector().getField().getType().toString();
        }

        FieldVector vector();

        double number(int i);

        static ColumnView of(FieldVector v) {
            if (v instanceof UInt8Vector u) {
                return new Numeric(v, i -> Long.toUnsignedString(u.get(i)), i -> unsignedToDouble(u.get(i)));
            }
            if (v instanceof BaseIntVector ints) {
                return new Numeric(v, i -> Long.toString(ints.getValueAsLong(i)), i -> (double) ints.getValueAsLong(i));
            }
            if (v instanceof FloatingPointVector floats) {
                return new Numeric(v, i -> wholeOrDecimal(floats.getValueAsDouble(i)), floats::getValueAsDouble);
            }
            if (v instanceof VarCharVector s) {
                return new Textual(v, i -> new String(s.get(i), StandardCharsets.UTF_8));
            }
            if (v instanceof LargeVarCharVector s) {
                return new Textual(v, i -> new String(s.get(i), StandardCharsets.UTF_8));
            }
            if (v instanceof BitVector b) {
                return new Textual(v, i -> b.get(i) == 1 ? "true" : "false");
            }
            return new Textual(v, i -> String.valueOf(v.getObject(i)));
        }

        private static double unsignedToDouble(long value) {
            return value >= 0 ? value : (value >>> 1) * 2.0 + (value & 1);
        }

        private static String wholeOrDecimal(double v) {
            return v == Math.rint(v) && Math.abs(v) < 0x1p53 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    @FunctionalInterface
    private interface IntToText {
        String apply(int i);
    }

    @FunctionalInterface
    private interface IntToNumber {
        double apply(int i);
    }

    private record Numeric(FieldVector vector, IntToText texts, IntToNumber numbers) implements ColumnView {
        @Override
        public boolean isNull(int i) {
            return vector.isNull(i);
        }

        @Override
        public String text(int i) {
            return vector.isNull(i) ? "" : texts.apply(i);
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public double number(int i) {
            return numbers.apply(i);
        }
    }

    private record Textual(FieldVector vector, IntToText texts) implements ColumnView {
        @Override
        public boolean isNull(int i) {
            return vector.isNull(i);
        }

        @Override
        public String text(int i) {
            return vector.isNull(i) ? "" : texts.apply(i).strip();
        }

        @Override
        public boolean isNumeric() {
            return false;
        }

        @Override
        public double number(int i) {
            throw new UnsupportedOperationException("a text column");
        }
    }
}
