package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.text.Delimiter;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;

/** The read limits of docs/formats.md "Read limits": line length, decompressed size, expansion, regular files. */
class ReadLimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** A gzip file of {@code repeats} copies of {@code unit} after {@code head}. */
    private Path gzip(String name, String head, String unit, long repeats) throws IOException {
        Path file = dir.resolve(name);
        byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[bytes.length * Math.max(1, 65536 / bytes.length)];
            for (int i = 0; i < block.length; i++) {
                block[i] = bytes[i % bytes.length];
            }
            long copiesPerBlock = block.length / bytes.length;
            for (long done = 0; done < repeats; done += copiesPerBlock) {
                out.write(block, 0, (int) (Math.min(copiesPerBlock, repeats - done) * bytes.length));
            }
        }
        return file;
    }

    private static IngestOptions options(Map<String, Object> values) {
        return TestData.options(values);
    }

    @Test
    void aLineLongerThanMaxLineBytesIsRefusedWithItsLineNumber() throws IOException {
        Path file = gzip("long.csv.gz", "a,b\n1,2\n", "9", 5_000_000);
        IngestOptions small = options(Map.of("format", "dense-text", "max-line-bytes", 100_000));
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(file, small)))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ":line 3: line longer than max-line-bytes = 100000 bytes; expected shorter lines, or "
                        + "a larger limit: option max-line-bytes (source.options.max-line-bytes in a config, "
                        + "--option max-line-bytes=... for inspect)");
    }

    @Test
    void aLongLineIsStoppedByExpansionFirstAndByTheDefaultLineLimitWithoutIt() throws IOException {
        Path file = gzip("line.csv.gz", "", "0,", 20_000_000);
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(file, IngestOptions.defaults())))
                .isInstanceOf(IngestException.class).hasMessageContaining("option max-expansion");
        IngestOptions loose = options(Map.of("max-expansion", 1e9));
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(file, loose)))
                .isInstanceOf(IngestException.class).hasMessageContaining("line 1: line longer than max-line-bytes = "
                        + ReadLimits.DEFAULT_MAX_LINE_BYTES);
    }

    @Test
    void blankLinesExpandingPastMaxExpansionAreRefusedEarly() throws IOException {
        Path file = gzip("blank.csv.gz", "a,b\n", "\n", 50_000_000);
        long started = System.nanoTime();
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(file, IngestOptions.defaults())))
                .isInstanceOf(IngestException.class).hasMessageContaining("max-expansion = 200 times")
                .hasMessageStartingWith(file + ": ").hasMessageNotContaining("\n");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused within the first megabytes")
                .isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRepeatedEdgeIsRefusedByExpansionAndAnOrdinaryEdgeListIsRead() throws IOException {
        Path bomb = gzip("edges.csv.gz", "source,target,weight\n", "a,b,1\n", 5_000_000);
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(bomb, IngestOptions.defaults())))
                .isInstanceOf(IngestException.class).hasMessageContaining("option max-expansion");
        IngestOptions loose = options(Map.of("max-expansion", 1e9, "max-decompressed-bytes", 3_000_000));
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(bomb, loose)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("decompresses to more than max-decompressed-bytes = 3000000 bytes");
        Path edges = gzip("ok.csv.gz", "source,target,weight\n", "a,b,1\n", 1000);
        Ingested read = TestReaders.READERS.read(edges, IngestOptions.defaults());
        assertThat(((Ingested.Matrix) read).connectome().size()).isEqualTo(2);
    }

    @Test
    void commentLinesAreSkippedWithoutBeingKeptUnlessAsked() throws IOException {
        Path file = dir.resolve("commented.csv");
        Files.writeString(file, "# note: one\n1,2\n# unit: mV\n3,4\n");
        TextSource source = TextSource.of(file, ReadLimits.defaults());
        assertThat(TextTable.read(source, Delimiter.COMMA, false).comments()).isEmpty();
        assertThat(TextTable.read(source, Delimiter.COMMA, false).rows()).hasSize(2);
        assertThat(TextTable.read(source, Delimiter.COMMA, true).comments()).containsExactly("note: one", "unit: mV");
    }

    @Test
    void aCharacterDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(zero, IngestOptions.defaults())))
                .isInstanceOf(IngestException.class)
                .hasMessage("/dev/zero: a character device, not a regular file; expected a regular file or folder "
                        + "(a device, pipe or socket can block or never end)");
        IngestOptions dense = options(Map.of("format", "dense-text"));
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(zero, dense)))
                .isInstanceOf(IngestException.class).hasMessageContaining("a character device");
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process made = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(made.waitFor() == 0 && Files.exists(fifo), "mkfifo works here");
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(fifo, IngestOptions.defaults())))
                .isInstanceOf(IngestException.class).hasMessageContaining("a FIFO (named pipe), not a regular file");
        IngestOptions labelled = options(Map.of("format", "edge-list", "labels-file", fifo.toString()));
        Path edges = dir.resolve("e.csv");
        Files.writeString(edges, "source,target\na,b\n");
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> TestReaders.READERS.read(edges, labelled)))
                .isInstanceOf(IngestException.class).hasMessageStartingWith(fifo + ": a FIFO");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> ReadLimits.of("f.csv", new LimitOptions(null, 0L, null, null)))
                .isInstanceOf(IngestException.class).hasMessage("f.csv:option max-line-bytes: max-line-bytes = 0; "
                        + "expected a positive number of bytes");
        assertThatThrownBy(() -> ReadLimits.of("f.csv", new LimitOptions(null, null, null, 0.5)))
                .isInstanceOf(IngestException.class).hasMessageContaining("option max-expansion");
        assertThat(ReadLimits.of("f.csv", LimitOptions.defaults())).isEqualTo(ReadLimits.defaults());
    }
}
