package org.richlazy.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Neuron;

/**
 * Which N neurons of a connectome to keep, and why. Indices are ascending, so the kept
 * neurons stay in the source's order.
 *
 * @param indices   the kept neuron indices into the source, ascending
 * @param of        the neurons the source held
 * @param rule      the selection rule applied
 * @param byDefault whether the rule is the default ({@link TransformSpec#selection()} not given) rather than chosen
 * @param reason    the rule in words, with its parameters and seed
 */
record NeuronSelection(int[] indices, int of, SelectionRule rule, boolean byDefault, String reason) {

    /**
     * Applies {@code spec.selection()} to choose {@code spec.neurons()} neurons (all when null). Without a
     * selection the rule is {@code top-degree} when the source holds more than N neurons and {@code all}
     * otherwise: a connectome's file order is an artefact of its release, its best-connected neurons are not.
     * Random choices ({@code random}, {@code quotas}) draw from {@code new SplittableRandom(seed)}.
     *
     * @throws TransformException on N outside [1, size], {@code all} with a smaller
     *                            N, or quotas that name an unknown class, exceed a class or do not sum to N
     */
    static NeuronSelection choose(Connectome c, TransformSpec spec, long seed) {
        int size = c.size();
        if (spec.selection() == SelectionRule.QUOTAS) {
            return quotas(c, spec, seed);
        }
        int n = spec.neurons() == null ? size : spec.neurons();
        if (n < 1 || n > size) {
            throw new TransformException("TransformSpec.neurons", "N = " + n + " for a source of " + size
                    + " neurons", "1 <= N <= " + size);
        }
        boolean byDefault = spec.selection() == null;
        SelectionRule rule = byDefault ? (n < size ? SelectionRule.TOP_DEGREE : SelectionRule.ALL)
                : spec.selection();
        switch (rule) {
            case ALL -> {
                if (n != size) {
                    throw new TransformException("TransformSpec.selection", "'all' with N = " + n
                            + " below the source's " + size + " neurons", "'first', 'random', 'top-degree' or 'quotas'");
                }
                return new NeuronSelection(IntStream.range(0, size).toArray(), size, rule, byDefault,
                        "all " + size + " neurons");
            }
            case FIRST -> {
                return new NeuronSelection(IntStream.range(0, n).toArray(), size, rule, false,
                        "the first " + n + " of " + size + " neurons in source order");
            }
            case RANDOM -> {
                int[] picked = sample(IntStream.range(0, size).toArray(), n, new SplittableRandom(seed));
                return new NeuronSelection(picked, size, rule, false, n + " of " + size
                        + " neurons uniformly at random without replacement, seed " + seed);
            }
            case TOP_DEGREE -> {
                return topDegree(c, n, byDefault);
            }
            default -> throw new IllegalStateException("selection " + rule.word() + " is handled above");
        }
    }

    /**
     * The N neurons with the largest total degree: nonzero entries in the neuron's row
     * (in-degree) plus its column (out-degree); ties go to the earlier neuron.
     */
    private static NeuronSelection topDegree(Connectome c, int n, boolean byDefault) {
        int size = c.size();
        int[] degree = c.inDegrees();
        int[] out = c.outDegrees();
        for (int i = 0; i < size; i++) {
            degree[i] += out[i];
        }
        int[] picked = IntStream.range(0, size).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -degree[i]).thenComparingInt(i -> i))
                .limit(n).mapToInt(Integer::intValue).sorted().toArray();
        int cutoff = Arrays.stream(picked).map(i -> degree[i]).min().orElseThrow();
        return new NeuronSelection(picked, size, SelectionRule.TOP_DEGREE, byDefault, "the " + n + " of " + size
                + " neurons with the largest in- plus out-degree (nonzero entries; lowest kept degree " + cutoff
                + "; ties to the earlier neuron)");
    }

    private static NeuronSelection quotas(Connectome c, TransformSpec spec, long seed) {
        Map<String, Integer> quotas = spec.quotas();
        if (quotas.isEmpty()) {
            throw new TransformException("TransformSpec.quotas", "empty for selection 'quotas'",
                    "a count per cell class");
        }
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        List<Neuron> neurons = c.neurons();
        for (int i = 0; i < neurons.size(); i++) {
            String cls = neurons.get(i).cellClass();
            if (cls != null) {
                byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(i);
            }
        }
        int total = 0;
        List<Integer> picked = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (Map.Entry<String, Integer> q : quotas.entrySet()) {
            List<Integer> members = byClass.get(q.getKey());
            if (members == null) {
                throw new TransformException("TransformSpec.quotas." + q.getKey(), "no neuron of class '"
                        + q.getKey() + "' in the source", "one of the source's classes " + byClass.keySet());
            }
            int want = q.getValue() == null ? -1 : q.getValue();
            if (want < 0 || want > members.size()) {
                throw new TransformException("TransformSpec.quotas." + q.getKey(), "quota " + q.getValue()
                        + " for " + members.size() + " neurons of the class", "0 <= quota <= " + members.size());
            }
            for (int i : sample(members.stream().mapToInt(Integer::intValue).toArray(), want, rng)) {
                picked.add(i);
            }
            total += want;
        }
        if (spec.neurons() != null && spec.neurons() != total) {
            throw new TransformException("TransformSpec.quotas", "they sum to " + total + " but N = "
                    + spec.neurons(), "quotas summing to N (or N left unset)");
        }
        if (total < 1) {
            throw new TransformException("TransformSpec.quotas", "they sum to 0", "at least one neuron");
        }
        return new NeuronSelection(picked.stream().mapToInt(Integer::intValue).sorted().toArray(), c.size(), SelectionRule.QUOTAS,
                false, "per-class quotas " + quotas + ", uniformly at random within each class, seed " + seed);
    }

    /** {@code k} of {@code pool} without replacement (partial Fisher-Yates), ascending. */
    private static int[] sample(int[] pool, int k, SplittableRandom rng) {
        int[] a = pool.clone();
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        int[] out = Arrays.copyOf(a, k);
        Arrays.sort(out);
        return out;
    }

    /** The kept neurons' ids, comma-separated, in order. */
    String ids(Connectome c) {
        StringBuilder sb = new StringBuilder();
        for (int i : indices) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(c.neurons().get(i).id());
        }
        return sb.toString();
    }

    /** The rule, and whether it is the default: {@code top-degree, the default}. */
    String label() {
        return byDefault ? rule.word() + ", the default" : rule.word();
    }

    /**
     * One line for the console: how many neurons were selected, by which rule, out of how many, e.g.
     * {@code selected 300 of 448 neurons by top-degree (...); transform.selection: first keeps file order}.
     */
    String line() {
        if (!byDefault) {
            return "selected " + indices.length + " of " + of + " neurons by " + rule.word() + " (transform.selection): "
                    + reason;
        }
        if (rule == SelectionRule.ALL) {
            return "selected all " + of + " of " + of + " neurons (the default when transform.neurons is unset or not"
                    + " below the source's size)";
        }
        return "selected " + indices.length + " of " + of + " neurons by top-degree (the default when the source holds"
                + " more than transform.neurons: the most connections in and out); transform.selection: first keeps"
                + " file order";
    }

    /** The source restricted to the kept neurons, with the selection as a provenance step. */
    Connectome apply(Connectome c) {
        if (indices.length == c.size()) {
            return c;
        }
        return c.restrictTo(indices, "selected neurons (" + label() + ")", reason);
    }
}
