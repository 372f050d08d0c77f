package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspect lines for a hand-made matrix and for the preset. */
class ConnectivitySummaryTest {
    @TempDir
    Path dir;

    @Test
    void matrixLines() {
        Path f = TestData.write(dir.resolve("e.csv"), "source,target,weight\na,b,2\nb,a,-0.5\na,b,1\n");
        List<String> lines = ConnectivitySummary.lines(TestReaders.READERS.read(f, Optional.empty()));
        assertThat(lines).contains("format: edge-list", "files: " + f, "neurons: 2",
                "edges: 2 nonzero entries of W[post][pre]", "cell signs: 0 excitatory, 0 inhibitory, 2 unknown",
                "weights: nonzero range [-0.500000, 3.00000] unspecified (weight as given)");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("orientation: edge rows: source = presynaptic"));
        assertThat(lines).contains("  - summed repeated (source, target) rows: 1 "
                + "(a pair listed more than once is one connection whose weights add)");
        assertThat(lines).noneMatch(l -> l.contains("\n"));
    }

    @Test
    void presetLines() {
        List<String> lines = ConnectivitySummary.lines(new Ingested.Table(Ingest.mouseV1Layer23()));
        assertThat(lines).contains("format: celltype-csv", "cell classes: 4", "  - PV: proportion 0.0296000, inhibitory",
                "connection probability: range [0.0450000, 0.676000]", "mean strength: range [0.367000, 1.86000] mV");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("note: VIP -> E"));
    }
}
