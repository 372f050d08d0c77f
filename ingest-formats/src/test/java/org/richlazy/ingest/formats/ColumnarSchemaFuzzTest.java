package org.richlazy.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.formats.ColumnarFixtures.Column;
import org.richlazy.ingest.formats.ColumnarFixtures.Kind;

/**
 * Crafted Parquet and Feather connection tables (the FlyWire layout) with seeded schemas: columns missing,
 * repeated (in any letter case), of every type the fixtures write, extra columns, 0 to 30 rows of any whole
 * value, and for a fifth of the cases the written file truncated or with flipped bytes. Every case must end
 * in a read connectome or an {@link IngestException} of one line naming the file; an undamaged table read
 * although its synapse count is not one numeric column or a column name repeats is silently wrong; any other exception, an
 * {@link OutOfMemoryError} or a read over 10 s fails. The counts are printed.
 */
class ColumnarSchemaFuzzTest {
    private static final long SEED = Long.getLong("richlazy.fuzz.seed", 20_261_207L);
    private static final int CASES = Integer.getInteger("richlazy.fuzz.columnar-cases", 160);
    private static final Map<String, Object> FLYWIRE = Map.of("format", "flywire", "node-files", List.of());
    private static final List<String> NAMES = List.of("pre_root_id", "post_root_id", "neuropil", "syn_count",
            "nt_type", "Syn_Count", "PRE_ROOT_ID", "x");

    @TempDir
    Path dir;

    @Test
    void everyCraftedTableReadsOrIsRefusedInOneLineNamingTheFile() throws Exception {
        SplittableRandom rng = new SplittableRandom(SEED);
        int[] counts = new int[4];
        String[] outcomes = {"valid", "clean error", "unclear error", "other"};
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "columnar-fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < CASES; i++) {
                long seed = rng.nextLong();
                Path file = craft(i, new SplittableRandom(seed));
                Future<Integer> f = pool.submit(() -> read(file, failures, seed));
                int outcome;
                try {
                    outcome = f.get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    failures.add(file.getFileName() + " (seed " + seed + "): still reading after 10 s");
                    outcome = 3;
                }
                counts[outcome]++;
            }
        } finally {
            pool.shutdownNow();
        }
        StringBuilder text = new StringBuilder("columnar fuzz: seed " + SEED + ", " + CASES + " cases:");
        for (int k = 0; k < counts.length; k++) {
            text.append(' ').append(outcomes[k]).append(' ').append(counts[k]).append(k < counts.length - 1 ? "," : "\n");
        }
        failures.stream().limit(20).forEach(f -> text.append("  FAILED ").append(f).append('\n'));
        System.out.print(text);
        assertThat(failures).isEmpty();
        assertThat(counts[2]).as("unclear errors").isZero();
    }

    /** 0 valid, 1 clean error, 2 unclear error, 3 other (recorded in {@code failures}). */
    private static int read(Path file, List<String> failures, long seed) {
        try {
            ReleaseFilesTest.read(file, FLYWIRE);
            String schema = file.getFileName().toString();
            if (!schema.contains("damaged") && (schema.contains("dup") || !schema.contains("numeric"))) {
                failures.add(schema + " (seed " + seed + "): read although its synapse count is not one numeric"
                        + " column");
                return 3;
            }
            return 0;
        } catch (IngestException e) {
            String m = e.getMessage();
            return !m.contains("\n") && m.contains(file.getFileName().toString()) ? 1 : 2;
        } catch (Throwable t) {
            failures.add(file.getFileName() + " (seed " + seed + "): " + t);
            return 3;
        }
    }

    /**
     * A table of random columns; its file name records whether the synapse count is a single numeric column
     * ({@code numeric}) and whether a name repeats ({@code dup}).
     */
    private Path craft(int id, SplittableRandom rng) throws IOException {
        int rows = rng.nextInt(31);
        boolean parquet = rng.nextBoolean();
        List<Column> columns = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        boolean duplicate = false;
        int countColumns = 0;
        boolean numericCount = false;
        for (String required : List.of("pre_root_id", "post_root_id", "neuropil", "syn_count")) {
            if (rng.nextInt(8) == 0) {
                continue;
            }
            Kind kind = required.equals("neuropil") ? Kind.TEXT
                    : rng.nextInt(3) == 0 ? Kind.values()[rng.nextInt(Kind.values().length)] : Kind.INT64;
            columns.add(column(required, kind, rows, rng));
            seen.add(required.toLowerCase(Locale.ROOT));
        }
        for (int extra = rng.nextInt(3); extra > 0; extra--) {
            String name = NAMES.get(rng.nextInt(NAMES.size()));
            if (parquet && columns.stream().anyMatch(c -> c.name().equals(name))) {
                continue; // the Parquet writer cannot hold one name twice; a name in another letter case still can
            }
            duplicate |= seen.contains(name.toLowerCase(Locale.ROOT));
            seen.add(name.toLowerCase(Locale.ROOT));
            columns.add(column(name, Kind.values()[rng.nextInt(Kind.values().length)], rows, rng));
        }
        for (Column c : columns) {
            if (c.name().equalsIgnoreCase("syn_count")) {
                countColumns++;
                numericCount = c.kind() == Kind.INT64 || c.kind() == Kind.UINT64 || c.kind() == Kind.INT32
                        || c.kind() == Kind.FLOAT64;
            }
        }
        boolean damaged = rng.nextInt(5) == 0;
        String name = "case-" + id + (countColumns == 1 && numericCount ? "-numeric" : "") + (duplicate ? "-dup" : "")
                + (damaged ? "-damaged" : "") + (parquet ? ".parquet" : ".feather");
        Path file = dir.resolve(name);
        if (name.endsWith(".parquet")) {
            ColumnarFixtures.parquet(file, columns);
        } else {
            ColumnarFixtures.feather(file, columns);
        }
        if (damaged) {
            byte[] bytes = Files.readAllBytes(file);
            if (rng.nextBoolean()) {
                bytes = java.util.Arrays.copyOf(bytes, rng.nextInt(bytes.length));
            } else {
                for (int k = 1 + rng.nextInt(8); k > 0; k--) {
                    bytes[rng.nextInt(bytes.length)] ^= (byte) (1 << rng.nextInt(8));
                }
            }
            Files.write(file, bytes);
        }
        return file;
    }

    private static Column column(String name, Kind kind, int rows, SplittableRandom rng) {
        long[] values = new long[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = switch (rng.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 1 + rng.nextInt(5);
                case 2 -> rng.nextLong(1, 1L << 40);
                default -> -rng.nextInt(1000);
            };
        }
        return new Column(name, kind, values);
    }
}
