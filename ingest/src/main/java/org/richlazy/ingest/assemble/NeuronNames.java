package org.richlazy.ingest.assemble;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.ReadLimits;
import org.richlazy.ingest.Neuron;
import org.richlazy.ingest.Provenance;

/** Names for the neurons of an unlabelled matrix, and neurons that carry a name only. */
public final class NeuronNames {
    private NeuronNames() {
    }

    /**
     * Names of the {@code n} neurons of an unlabelled matrix: from a labels file (exactly {@code n}
     * unique labels) when one is given, else {@code "0" .. "n-1"}; either way a provenance step.
     *
     * @param labelsFile option {@code labels-file}, or null
     * @param limits     the limits the labels file is read within
     * @param why        why the source has no names, for the provenance step
     * @throws IngestException if the labels file has the wrong number of labels or a duplicate
     */
    public static Named forMatrix(int n, String labelsFile, ReadLimits limits, Provenance provenance, String why) {
        if (labelsFile != null) {
            List<String> names = LabelsFile.read(Path.of(labelsFile), limits);
            if (names.size() != n) {
                throw new IngestException(labelsFile, "", names.size() + " labels for a " + n + " x " + n + " matrix",
                        n + " labels, one per line");
            }
            NeuronIndex.closed(names, labelsFile);
            return new Named(names, provenance.withStep("named neurons from " + labelsFile, n, "option labels-file"));
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(String.valueOf(i));
        }
        return new Named(names, provenance.withStep("named neurons by 0-based index", n, why));
    }

    /** Neurons with a name and nothing else: no class, unknown sign, no layer. */
    public static List<Neuron> unsigned(List<String> names) {
        return names.stream().map(s -> new Neuron(s, null, CellSign.UNKNOWN, null)).toList();
    }

    /**
     * Names and the provenance that records where they came from.
     *
     * @param names      the names in matrix order
     * @param provenance the provenance with the naming step appended
     */
    public record Named(List<String> names, Provenance provenance) {
        public Named {
            names = List.copyOf(names);
        }
    }
}
