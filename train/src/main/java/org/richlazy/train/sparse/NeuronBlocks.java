package org.richlazy.train.sparse;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Items (neurons, or steps of a trial) cut into contiguous blocks of about equal work, and a way to run a body over
 * every block on several threads. A neuron's work is its synapses (in rows or in columns) plus a fixed cost, so a
 * connectome's heavy-tailed degrees do not leave one thread with the hubs. There are four blocks per thread; the
 * threads take the next block from a shared counter until none is left. Each block is done by one thread in a
 * fixed order, so the results do not depend on the number of threads. The threads are daemon threads of one pool
 * shared by every instance, as large as the machine's cores.
 */
final class NeuronBlocks {
    /** The fixed work of a neuron in synapses' worth: its dense input, leak and readout arithmetic. */
    private static final int NEURON_COST = 8;
    private static final int BLOCKS_PER_THREAD = 4;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "richlazy-sparse");
                t.setDaemon(true);
                return t;
            });

    /** A body run over the items {@code from} (inclusive) to {@code to} (exclusive). */
    interface Body {
        void run(int from, int to);
    }

    private final int[] bounds;
    private final int threads;

    /** Blocks of {@code neurons} neurons, neuron i owning synapses {@code starts(i)} to {@code starts(i + 1)}. */
    static NeuronBlocks ofSynapses(int neurons, java.util.function.IntUnaryOperator starts, int threads) {
        return new NeuronBlocks(neurons, i -> starts.applyAsInt(i) + (long) NEURON_COST * i, threads);
    }

    /** Blocks of {@code items} items of equal work. */
    static NeuronBlocks ofEqual(int items, int threads) {
        return new NeuronBlocks(items, i -> i, threads);
    }

    /**
     * @param items   the number of items
     * @param before  the work of the items before item i (i = 0..items), rising
     * @param threads threads to run on, at least 1
     */
    private NeuronBlocks(int items, java.util.function.IntToLongFunction before, int threads) {
        this.threads = threads;
        int blocks = Math.max(1, Math.min(items, threads == 1 ? 1 : threads * BLOCKS_PER_THREAD));
        long total = before.applyAsLong(items);
        bounds = new int[blocks + 1];
        int i = 0;
        for (int b = 1; b < blocks; b++) {
            long target = total * b / blocks;
            while (i < items && before.applyAsLong(i) < target) {
                i++;
            }
            bounds[b] = i;
        }
        bounds[blocks] = items;
    }

    /** Runs {@code body} over every block and returns when all are done; the caller's thread takes part. */
    void run(Body body) {
        int blocks = bounds.length - 1;
        if (threads == 1 || blocks == 1) {
            for (int b = 0; b < blocks; b++) {
                body.run(bounds[b], bounds[b + 1]);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                body.run(bounds[b], bounds[b + 1]);
            }
        };
        Future<?>[] helpers = new Future<?>[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = POOL.submit(worker);
        }
        worker.run();
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted in a sparse product", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}
