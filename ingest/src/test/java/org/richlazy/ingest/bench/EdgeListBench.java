package org.richlazy.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;

/**
 * Times reading a 100,000-edge CSV edge list into a dense {@code W[post][pre]} through
 * {@link Ingest#read}: {@code source,target,weight} over 1,000 neurons (default) named {@code n<i>}, integer
 * weights 1..20, drawn from {@code SplittableRandom(20241)}. Prints the median and best of 20 timed
 * reads after 5 warm-up reads. The dense N x N matrix of the Connectome contract is part of the
 * cost and dominates for large N (N = 5,000 is 200 MB per copy).
 *
 * <p>Run: {@code java -cp ingest/target/test-classes:ingest/target/classes:<deps> org.richlazy.ingest.bench.EdgeListBench [edges] [neurons]}
 */
public final class EdgeListBench {
    private EdgeListBench() {
    }

    public static void main(String[] args) throws IOException {
        int edges = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int neurons = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path file = Files.createTempFile("richlazy-bench-", ".csv");
        try {
            write(file, edges, neurons, new SplittableRandom(20241));
            IngestOptions options = IngestOptions.defaults().withFormat("edge-list");
            for (int i = 0; i < 5; i++) {
                read(file, options);
            }
            long[] nanos = new long[20];
            Connectome last = null;
            for (int i = 0; i < nanos.length; i++) {
                long t0 = System.nanoTime();
                last = read(file, options);
                nanos[i] = System.nanoTime() - t0;
            }
            long edgesRead = last.edgeCount();
            Arrays.sort(nanos);
            System.out.printf("edge-list %d rows, %d neurons -> %d distinct edges: median %.1f ms, best %.1f ms (%d runs)%n",
                    edges, neurons, edgesRead, nanos[nanos.length / 2] / 1e6, nanos[0] / 1e6, nanos.length);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Connectome read(Path file, IngestOptions options) {
        return ((Ingested.Matrix) TestReaders.READERS.read(file, options)).connectome();
    }

    private static void write(Path file, int edges, int neurons, SplittableRandom random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("source,target,weight\n");
            for (int e = 0; e < edges; e++) {
                out.write("n" + random.nextInt(neurons) + ",n" + random.nextInt(neurons) + "," + (1 + random.nextInt(20)) + "\n");
            }
        }
    }
}
