package org.richlazy.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages every file of ../shared/data in a seeded, reproducible way (truncation, flipped bits,
 * NaN and malformed numbers, inserted text, swapped columns, absurd declared sizes) and reads the
 * result: every case must end in a valid {@code Connectome} / {@code CellTypeTable} with finite weights, or an
 * {@link IngestException}. Any other exception, an {@link OutOfMemoryError}, a read taking over 5 s or a valid
 * read holding a non-finite weight (silently wrong) fails the test. A typed error that spans several lines or
 * names neither the damaged file nor its folder is counted as unclear; the seed, the counts per mutation and
 * every failure are printed.
 * <p>
 * {@code -Drichlazy.fuzz.seed=<long>} and {@code -Drichlazy.fuzz.cases=<int>} replay or widen a run.
 */
@Tag("slow")
class ReaderFuzzTest {
    private static final long SEED = Long.getLong("richlazy.fuzz.seed", 20_261_122L);
    private static final int CASES = Integer.getInteger("richlazy.fuzz.cases", 3_000);
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

    @TempDir
    Path work;

    /** What one case ended in. */
    enum Outcome { VALID, CLEAN_ERROR, UNCLEAR_ERROR, FAILURE }

    @Test
    void everyDamagedFileReadsOrFailsTyped() throws Exception {
        List<FuzzSample> samples = FuzzSample.all(TestData.shared(""));
        List<FuzzCase> cases = plan(samples);
        Map<Mutation, int[]> counts = new EnumMap<>(Mutation.class);
        for (Mutation m : Mutation.values()) {
            counts.put(m, new int[Outcome.values().length]);
        }
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            List<AtomicLong> started = new ArrayList<>();
            List<Future<Outcome>> futures = new ArrayList<>();
            for (FuzzCase c : cases) {
                AtomicLong start = new AtomicLong();
                started.add(start);
                futures.add(pool.submit(() -> {
                    start.set(System.nanoTime());
                    return runCase(c, failures);
                }));
            }
            for (int i = 0; i < cases.size(); i++) {
                Outcome outcome = await(futures.get(i), started.get(i), cases.get(i), failures);
                counts.get(cases.get(i).mutation())[outcome.ordinal()]++;
            }
        } finally {
            pool.shutdownNow();
        }
        print(cases.size(), counts, failures);
        assertThat(failures).as("cases that ended in neither a valid result nor an IngestException").isEmpty();
    }

    /** The cases: each sample gets its share, mutations drawn among those that apply to it. */
    private static List<FuzzCase> plan(List<FuzzSample> samples) {
        SplittableRandom rng = new SplittableRandom(SEED);
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            FuzzSample s = samples.get(i % samples.size());
            List<Mutation> kinds = Stream.of(Mutation.values()).filter(m -> m.appliesTo(s.hdf5())).toList();
            cases.add(new FuzzCase(i, s, kinds.get(rng.nextInt(kinds.size())), rng.nextLong()));
        }
        return cases;
    }

    private Outcome runCase(FuzzCase c, List<String> failures) {
        try {
            Ingested in = c.read(work);
            assertThat(in.provenance()).isNotNull();
            if (!allFinite(in)) {
                failures.add(c.describe() + ": read without error but holds a non-finite weight");
                return Outcome.FAILURE;
            }
            return Outcome.VALID;
        } catch (IngestException e) {
            String message = e.getMessage();
            boolean named = message.contains("case-" + c.id()) || message.contains(c.sample().file().getFileName()
                    .toString());
            return named && !message.contains("\n") ? Outcome.CLEAN_ERROR : Outcome.UNCLEAR_ERROR;
        } catch (Throwable t) {
            failures.add(c.describe() + ": " + trace(t));
            return Outcome.FAILURE;
        }
    }

    /** Whether every weight (or every probability and strength of a cell-type table) is finite. */
    private static boolean allFinite(Ingested in) {
        if (in instanceof Ingested.Matrix m) {
            boolean[] finite = {true};
            m.connectome().forEachEdge((pre, post, w) -> finite[0] &= Double.isFinite(w));
            return finite[0];
        }
        return true;
    }

    private static Outcome await(Future<Outcome> future, AtomicLong started, FuzzCase c, List<String> failures)
            throws InterruptedException {
        while (true) {
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long start = started.get();
                if (start != 0 && System.nanoTime() - start > TIMEOUT_NANOS) {
                    future.cancel(true);
                    failures.add(c.describe() + ": still reading after 5 s");
                    return Outcome.FAILURE;
                }
            } catch (ExecutionException e) {
                failures.add(c.describe() + ": " + trace(e.getCause()));
                return Outcome.FAILURE;
            }
        }
    }

    private static void print(int total, Map<Mutation, int[]> counts, List<String> failures) {
        int[] sum = new int[Outcome.values().length];
        StringBuilder text = new StringBuilder("reader fuzz: seed " + SEED + ", " + total + " cases\n");
        for (Map.Entry<Mutation, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            text.append(String.format("  %-13s valid %5d  clean error %5d  unclear error %4d  other %3d%n", e.getKey(),
                    c[0], c[1], c[2], c[3]));
            for (int k = 0; k < sum.length; k++) {
                sum[k] += c[k];
            }
        }
        text.append(String.format("  %-13s valid %5d  clean error %5d  unclear error %4d  other %3d%n", "total",
                sum[0], sum[1], sum[2], sum[3]));
        failures.stream().limit(20).forEach(f -> text.append("  FAILED ").append(f).append('\n'));
        System.out.print(text);
    }

    private static String trace(Throwable t) {
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        String[] lines = s.toString().split("\n");
        return String.join("\n    ", java.util.Arrays.copyOf(lines, Math.min(lines.length, 8)));
    }
}
