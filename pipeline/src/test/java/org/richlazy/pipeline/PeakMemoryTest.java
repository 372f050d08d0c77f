package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The peak resident memory read from a proc(5) status text. */
class PeakMemoryTest {

    @Test
    void readsTheHighWaterMarkInKilobytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9120480 kB", "VmSize:\t 9051016 kB",
                "VmHWM:\t  604612 kB", "VmRSS:\t  588000 kB");
        assertThat(PeakMemory.parse(status)).isEqualTo(OptionalLong.of(604_612));
    }

    @Test
    void isEmptyWithoutTheLineOrWithAnotherUnit() {
        assertThat(PeakMemory.parse(List.of("Name:\tjava", "VmRSS:\t  588000 kB"))).isEmpty();
        assertThat(PeakMemory.parse(List.of("VmHWM:\t  604612 MB"))).isEmpty();
        assertThat(PeakMemory.parse(List.of("VmHWM:\t  lots kB"))).isEmpty();
    }

    @Test
    void thisProcessPeakLiesBetweenItsHeapInUseAndThePhysicalMemoryOnLinux() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc/self/status on this system");
        Runtime runtime = Runtime.getRuntime();
        long heapInUseKb = (runtime.totalMemory() - runtime.freeMemory()) / 1024;
        long physicalKb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / 1024;
        OptionalLong peak = PeakMemory.residentKilobytes();
        assertThat(peak).isPresent();
        assertThat(peak.getAsLong()).isBetween(heapInUseKb, physicalKb);
    }
}
