package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.flatbuffers.FlatBufferBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowFooter;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.formats.ColumnarFixtures.Column;
import org.richlazy.ingest.formats.ColumnarFixtures.Kind;
import org.richlazy.ingest.table.TableFiles;

/**
 * Damaged and crafted Parquet, Feather and xlsx files end in one-line errors that say what is wrong in the
 * reader's terms (no library exception named), and sizes a columnar file declares are checked against the file
 * and the read limits before anything of that size is allocated (docs/formats.md, "Read limits").
 */
class DamagedColumnarTest {
    /** A Java exception's class name, as a library's text would carry it. */
    static final String EXCEPTION_NAME = ".*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*";

    @TempDir
    Path dir;

    private Path edges(String name, boolean parquet) {
        List<Column> columns = List.of(new Column("pre", Kind.INT64, new long[] {1, 2, 3}),
                new Column("post", Kind.INT64, new long[] {2, 3, 1}));
        Path file = dir.resolve(name);
        return parquet ? ColumnarFixtures.parquet(file, columns) : ColumnarFixtures.feather(file, columns);
    }

    private static IngestException refusal(Path file, ReadLimits limits) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> TableFiles.open(file, null, limits).forEachRow(row -> { })));
        assertThat(t).isInstanceOf(IngestException.class);
        assertThat(t.getMessage()).startsWith(file.toString()).doesNotContain("\n").doesNotMatch(EXCEPTION_NAME);
        return (IngestException) t;
    }

    @Test
    void aParquetFileWithADamagedFooterIsNamedInTheReadersTerms() throws IOException {
        byte[] bytes = Files.readAllBytes(edges("t.parquet", true));
        int footerLength = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        for (int i = bytes.length - 8 - footerLength; i < bytes.length - 8; i += 3) {
            bytes[i] = (byte) 0xee;
        }
        Path damaged = Files.write(dir.resolve("damaged.parquet"), bytes);
        IngestException e = refusal(damaged, ReadLimits.defaults());
        assertThat(e.getMessage()).contains("not a readable Parquet file: its footer");
        assertThat(e.getCause()).as("the library's exception, for --debug").isNotNull();
    }

    @Test
    void aCutFeatherFileIsNamedInTheReadersTerms() throws IOException {
        byte[] bytes = Files.readAllBytes(edges("t.feather", false));
        Path cut = Files.write(dir.resolve("cut.feather"), Arrays.copyOf(bytes, bytes.length - 30));
        IngestException e = refusal(cut, ReadLimits.defaults());
        assertThat(e.getMessage()).contains("not a readable Feather v2 / Arrow IPC file");
        assertThat(e.getCause()).as("the library's exception, for --debug").isNotNull();
    }

    @Test
    void aZipThatIsNoWorkbookIsNamedInTheReadersTerms() throws IOException {
        Path book = dir.resolve("notes.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(book))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> TestReaders.READERS.read(book, Optional.of("xlsx-matrix")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("not a readable xlsx workbook")
                .satisfies(e -> assertThat(e.getMessage()).doesNotMatch(EXCEPTION_NAME).doesNotContain("\n"));
    }

    @Test
    void aParquetColumnChunkDeclaredBeyondTheFileIsRefusedBeforeItIsRead() throws IOException {
        ParquetFile file = ParquetFile.of(Files.readAllBytes(edges("t.parquet", true)));
        FileMetaData metadata = file.metadata();
        metadata.getRow_groups().get(0).getColumns().get(0).getMeta_data().setTotal_compressed_size(1L << 40);
        Path crafted = rewriteParquetFooter(file.bytes(), file.footerStart(), metadata, "huge-chunk.parquet");
        assertThat(refusal(crafted, ReadLimits.defaults()).getMessage())
                .contains(":row group 1, column pre: a column chunk declared at bytes 4 to 1099511627780 of a file of");
    }

    @Test
    void aParquetFileDeclaringMoreThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        ParquetFile file = ParquetFile.of(Files.readAllBytes(edges("t.parquet", true)));
        FileMetaData metadata = file.metadata();
        metadata.getRow_groups().get(0).getColumns().get(1).getMeta_data().setTotal_uncompressed_size(1L << 33);
        Path crafted = rewriteParquetFooter(file.bytes(), file.footerStart(), metadata, "huge-pages.parquet");
        assertThat(refusal(crafted, ReadLimits.defaults()).getMessage()).contains("max-decompressed-bytes = 4294967296");
        Path small = edges("small.parquet", true);
        assertThat(refusal(small, new ReadLimits(1 << 20, 40, 200)).getMessage()).contains("max-decompressed-bytes = 40");
    }

    /** A Parquet file's bytes with where its footer starts and the footer's metadata, read with Parquet's own code. */
    private record ParquetFile(byte[] bytes, int footerStart, FileMetaData metadata) {
        static ParquetFile of(byte[] bytes) throws IOException {
            int footerLength = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int footerStart = bytes.length - 8 - footerLength;
            return new ParquetFile(bytes, footerStart,
                    Util.readFileMetaData(new ByteArrayInputStream(bytes, footerStart, footerLength)));
        }
    }

    private Path rewriteParquetFooter(byte[] bytes, int footerStart, FileMetaData metadata, String name)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, footerStart);
        ByteArrayOutputStream footer = new ByteArrayOutputStream();
        Util.writeFileMetaData(metadata, footer);
        footer.writeTo(out);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
        out.write("PAR1".getBytes(StandardCharsets.US_ASCII));
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void aFeatherBatchDeclaredBeyondTheFileIsRefusedBeforeItIsRead() throws IOException {
        byte[] bytes = Files.readAllBytes(edges("t.feather", false));
        int footerLength = ByteBuffer.wrap(bytes, bytes.length - 10, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int footerStart = bytes.length - 10 - footerLength;
        ArrowFooter footer = new ArrowFooter(Footer.getRootAsFooter(ByteBuffer.wrap(bytes, footerStart, footerLength).slice()));
        ArrowBlock batch = footer.getRecordBatches().get(0);
        ArrowFooter crafted = new ArrowFooter(footer.getSchema(), footer.getDictionaries(),
                List.of(new ArrowBlock(batch.getOffset(), batch.getMetadataLength(), 1L << 40)));
        FlatBufferBuilder builder = new FlatBufferBuilder();
        builder.finish(crafted.writeTo(builder));
        byte[] written = builder.sizedByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, footerStart);
        out.write(written);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(written.length).array());
        out.write("ARROW1".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(dir.resolve("huge-batch.feather"), out.toByteArray());
        assertThat(refusal(file, ReadLimits.defaults()).getMessage()).contains(": a block declared at bytes ");
        Path small = edges("small.feather", false);
        assertThat(refusal(small, new ReadLimits(1 << 20, 16, 200)).getMessage())
                .contains(":a record batch: decompresses to more than max-decompressed-bytes = 16 bytes");
    }
}
