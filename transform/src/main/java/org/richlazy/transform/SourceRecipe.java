package org.richlazy.transform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.ProvenanceStep;

/**
 * A connectome's provenance flattened into recipe keys, so that every init carries where its
 * source came from: {@code source.files}, {@code source.format}, {@code source.datasets} (when
 * any), {@code source.orientation}, {@code source.unit}, and {@code source.step.1},
 * {@code source.step.2}, ... each {@code "action (count): reason"}.
 */
final class SourceRecipe {
    private SourceRecipe() {
    }

    static Map<String, String> of(Connectome source) {
        Provenance p = source.provenance();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("source.files", p.sourceFiles().isEmpty() ? "(none)" : String.join(", ", p.sourceFiles()));
        out.put("source.format", p.format());
        if (!p.datasetPaths().isEmpty()) {
            out.put("source.datasets", String.join(", ", p.datasetPaths()));
        }
        out.put("source.orientation", p.orientation());
        out.put("source.unit", source.weightUnit());
        int k = 1;
        for (ProvenanceStep s : p.steps()) {
            out.put("source.step." + k++, s.action() + " (" + s.count() + "): " + s.reason());
        }
        return out;
    }
}
