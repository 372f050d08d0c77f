package org.richlazy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every neuron-level reader promises, run against each reader's real sample file: a square
 * matrix over uniquely named neurons, provenance that names file, format and orientation, steps
 * with a reason, format detection that agrees with the reader, and a deterministic result.
 */
public interface ReaderContract {

    /** A sample read through {@link Ingest#read} with the format given explicitly. */
    Ingested readSample();

    /** The same sample read with the format left to detection. */
    Ingested readSampleDetected();

    /** The reader's format name. */
    String format();

    /** The exact orientation text the reader declares for its sample (written out, not taken from the reader). */
    String orientation();

    /** The sample's neuron count, known without the reader (../shared/data/README.md or the fixture by hand). */
    int sampleNeurons();

    /** The sample's count of nonzero (post, pre) entries, known the same way. */
    long sampleEdges();

    private Connectome sample() {
        Ingested in = readSample();
        assertThat(in).isInstanceOf(Ingested.Matrix.class);
        return ((Ingested.Matrix) in).connectome();
    }

    @Test
    default void neuronsAreUniqueAndNamed() {
        Connectome c = sample();
        Set<String> ids = new HashSet<>();
        for (Neuron n : c.neurons()) {
            assertThat(n.id()).isNotBlank();
            assertThat(ids.add(n.id())).as("unique id %s", n.id()).isTrue();
        }
        assertThat(c.size()).isPositive().isEqualTo(sampleNeurons());
        assertThat(c.edgeCount()).isPositive().isLessThanOrEqualTo((long) c.size() * c.size()).isEqualTo(sampleEdges());
    }

    @Test
    default void provenanceNamesFileFormatAndOrientation() {
        Provenance p = sample().provenance();
        assertThat(p.format()).isEqualTo(format());
        assertThat(p.sourceFiles()).isNotEmpty().allSatisfy(f -> assertThat(Path.of(f)).isRegularFile());
        assertThat(p.orientation()).isEqualTo(orientation());
        assertThat(p.steps()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.count()).isNotNegative();
            assertThat(s.reason()).isNotBlank();
        });
        assertThat(sample().weightUnit()).isNotBlank();
    }

    /** Detection picks the reader, and the detected read is the same matrix over the same neurons. */
    @Test
    default void detectionAgreesWithTheReader() {
        assertThat(readSampleDetected().provenance().format()).isEqualTo(format());
        Connectome detected = ((Ingested.Matrix) readSampleDetected()).connectome();
        assertThat(detected.neurons()).isEqualTo(sample().neurons());
        assertThat(detected.weightsCopy()).isDeepEqualTo(sample().weightsCopy());
    }

    @Test
    default void readingIsDeterministic() {
        Connectome a = sample();
        Connectome b = sample();
        assertThat(b.neurons()).isEqualTo(a.neurons());
        assertThat(b.weightsCopy()).isDeepEqualTo(a.weightsCopy());
        assertThat(List.copyOf(b.provenance().steps())).isEqualTo(a.provenance().steps());
    }
}
