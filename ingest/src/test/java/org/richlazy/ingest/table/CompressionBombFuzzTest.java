package org.richlazy.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.text.TextSource;
import org.richlazy.ingest.text.TextTable;

/**
 * Seeded compression bombs (gzip text, xlsx-like ZIP containers) that each pass one read limit: every case must
 * end in the one-line {@link IngestException} naming the file and the option, within a per-case timeout and
 * without running out of memory (docs/formats.md, "Read limits").
 */
class CompressionBombFuzzTest {
    private static final long SEED = 20240611L;
    private static final int CASES = 24;
    private static final Duration PER_CASE = Duration.ofSeconds(5);
    /** What a case's content repeats: one byte, a row, a blank line, an XML cell. */
    private static final String[] UNITS = {"0", "0,", "\n", "a,b,1\n", "# comment\n", "<c><v>1</v></c>", "x"};
    /** The units without a line end or tag, whose content is one run that passes a small max-line-bytes. */
    private static final String[] ONE_RUN = {"0", "0,", "x"};

    @TempDir
    Path dir;

    @Test
    void everyBombEndsInTheOneLineError() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int id = 0; id < CASES; id++) {
            int limit = random.nextInt(3);
            String unit = limit == 0 ? ONE_RUN[random.nextInt(ONE_RUN.length)] : UNITS[random.nextInt(UNITS.length)];
            long bytes = 2_000_000L + random.nextLong(6_000_000L);
            ReadLimits limits = new ReadLimits(
                    limit == 0 ? 1_000 + random.nextLong(100_000) : ReadLimits.DEFAULT_MAX_LINE_BYTES,
                    limit == 1 ? 1_000 + random.nextLong(bytes / 2) : ReadLimits.DEFAULT_MAX_DECOMPRESSED_BYTES,
                    limit == 2 ? 1 + random.nextInt(50) : 1e9);
            boolean zip = random.nextBoolean();
            Path file = dir.resolve("case-" + id + (zip ? ".xlsx" : ".csv.gz"));
            write(file, zip, unit, bytes);
            String described = "case " + id + " (" + (zip ? "zip" : "gzip") + " of " + bytes + " bytes of '"
                    + unit.replace("\n", "\\n") + "', " + limits + ", seed " + SEED + ")";
            try {
                assertTimeoutPreemptively(PER_CASE, () -> read(file, zip, limits), described);
                fail(described + " was read whole");
            } catch (IngestException e) {
                assertThat(e.getMessage()).as(described).startsWith(file.toString()).doesNotContain("\n")
                        .containsPattern("max-(line-bytes|decompressed-bytes|expansion)");
            }
        }
    }

    private static void read(Path file, boolean zip, ReadLimits limits) {
        if (zip) {
            Spreadsheets.requireWithin(file, limits);
        } else {
            TextTable.stream(TextSource.of(file, limits), null, comment -> { }, row -> true);
        }
    }

    /** {@code bytes} bytes of {@code unit} repeated, gzipped, or as the two entries of a ZIP container. */
    private static void write(Path file, boolean zip, String unit, long bytes) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file)) {
            if (zip) {
                try (ZipOutputStream out = new ZipOutputStream(raw)) {
                    out.putNextEntry(new ZipEntry("[Content_Types].xml"));
                    out.write("<Types/>".getBytes());
                    out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                    repeat(out, unit, bytes);
                }
            } else {
                try (OutputStream out = new GZIPOutputStream(raw, 1 << 16)) {
                    repeat(out, unit, bytes);
                }
            }
        }
    }

    private static void repeat(OutputStream out, String unit, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        byte[] u = unit.getBytes();
        for (int i = 0; i < block.length; i++) {
            block[i] = u[i % u.length];
        }
        for (long done = 0; done < bytes; done += block.length) {
            out.write(block, 0, (int) Math.min(block.length, bytes - done));
        }
    }
}
