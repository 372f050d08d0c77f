package org.richlazy.train.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.richlazy.train.fast.FloatKernels;

/**
 * The measures of a sparse network of 20,000 neurons and 200,000 synapses under a heap of 256 MB, too small for one
 * N x N float64 array (3.2 GB): {@link MeterUnderSmallHeap} in a child JVM with {@code -Xmx256m} ends normally and
 * prints finite measures, so the sparse meter allocates nothing N x N (docs/science.md#connectome-scale).
 */
class SparseMeasuresAtScaleTest {

    @Tag("child-jvm")
    @Test
    void measuresTwentyThousandNeuronsUnderAHeapTooSmallForOneDenseMatrix() throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        if (FloatKernels.vectorApiAvailable()) {
            command.add("--add-modules=jdk.incubator.vector");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MeterUnderSmallHeap.class.getName(),
                "20000", "200000", "2"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        System.out.print(output);
        Map<String, Double> values = new HashMap<>();
        for (String line : output.strip().split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[1].matches("[-0-9.Ee]+|NaN|-?Infinity")) {
                values.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        assertThat(values).containsKeys("weight_change", "kernel_alignment", "dw_participation_ratio",
                "max_heap_bytes");
        for (String finite : List.of("weight_change", "representation_alignment", "kernel_alignment",
                "centered_kernel_alignment", "kernel_target_alignment", "sign_similarity", "dw_participation_ratio",
                "dw_stable_rank")) {
            assertThat(values.get(finite)).as(finite).isFinite();
        }
        assertThat(values.get("weight_change")).isPositive();
        assertThat(values.get("max_heap_bytes")).isLessThanOrEqualTo(256.0 * (1 << 20));
    }
}
