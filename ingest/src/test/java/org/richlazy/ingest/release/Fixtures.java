package org.richlazy.ingest.release;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.TestReaders;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.ProvenanceStep;
import org.richlazy.ingest.TestData;

/** The release excerpts under {@code src/test/resources/releases/} (sources in their README.md files). */
final class Fixtures {
    private Fixtures() {
    }

    static Path release(String relative) {
        URL url = Fixtures.class.getResource("/releases/" + relative);
        if (url == null) {
            throw new IllegalStateException("no test fixture releases/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connectome read(Path file, Map<String, ?> options) {
        return ((Ingested.Matrix) TestReaders.READERS.read(file, TestData.options(options))).connectome();
    }

    /** The sum of every weight. */
    static double total(Connectome c) {
        double[] sum = {0};
        c.forEachEdge((p, q, w) -> sum[0] += w);
        return sum[0];
    }

    /** The index of the neuron with this id. */
    static int index(Connectome c, String id) {
        for (int i = 0; i < c.size(); i++) {
            if (c.neurons().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no neuron " + id);
    }

    static Neuron neuron(Connectome c, String id) {
        return c.neurons().get(index(c, id));
    }

    /** The provenance step whose action starts with {@code prefix}. */
    static ProvenanceStep step(Connectome c, String prefix) {
        return c.provenance().steps().stream().filter(s -> s.action().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + prefix + "' in " + c.provenance().steps()));
    }
}
