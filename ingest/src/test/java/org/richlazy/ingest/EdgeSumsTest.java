package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.assemble.EdgeSums;
import org.richlazy.ingest.assemble.NeuronNames;

/** EdgeSums against a plain map on random edges with many duplicates (forces several table growths). */
class EdgeSumsTest {

    @Test
    void sumsCountsAndOrientationMatchAPlainMap() {
        SplittableRandom random = new SplittableRandom(7);
        EdgeSums sums = new EdgeSums();
        Map<String, Double> expected = new HashMap<>();
        long duplicates = 0;
        for (int e = 0; e < 20_000; e++) {
            int pre = random.nextInt(150);
            int post = random.nextInt(150);
            double w = random.nextInt(5) - 2;
            if (expected.containsKey(pre + ">" + post)) {
                duplicates++;
            }
            expected.merge(pre + ">" + post, w, Double::sum);
            sums.add(pre, post, w);
        }
        assertThat(sums.pairs()).isEqualTo(expected.size());
        assertThat(sums.duplicates()).isEqualTo(duplicates);
        assertThat(sums.added()).isEqualTo(20_000);
        double[][] w = Connectome.sparse(NeuronNames.unsigned(java.util.stream.IntStream.range(0, 150)
                .mapToObj(String::valueOf).toList()), sums, "count", Provenance.of(List.of("t"), "test", "rows post"), 150)
                .weightsCopy();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            String[] p = e.getKey().split(">");
            int pre = Integer.parseInt(p[0]);
            int post = Integer.parseInt(p[1]);
            assertThat(w[post][pre]).isEqualTo(e.getValue());
            assertThat(sums.get(pre, post)).isEqualTo(e.getValue());
            assertThat(sums.has(pre, post)).isTrue();
        }
        assertThat(sums.has(150, 0)).isFalse();
    }
}
