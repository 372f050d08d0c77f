package org.richlazy.ingest.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.CellSign;

/**
 * FlyWire FAFB (v783 and earlier) as Codex publishes it: the connection table {@code connections.csv.gz}
 * (or {@code connections_princeton.csv.gz}, {@code connections_no_threshold.csv.gz}, a Codex web export
 * {@code From,To,Neuropil,Synapses,Neuro Transmitter}, or the Feather release
 * {@code proofread_connections_783.feather}), one row per (pre, post, neuropil) with {@code syn_count};
 * node tables {@code neurons.csv.gz} ({@code root_id, group, nt_type, nt_type_score, *_avg}),
 * {@code classification.csv.gz} ({@code root_id, flow, super_class, class, sub_class, ...}) and
 * {@code consolidated_cell_types.csv.gz}, joined on {@code root_id} when found beside the connections.
 *
 * <p>Signs, as the release advises for the fly: acetylcholine ({@code ACH}) excitatory, {@code GABA} and
 * glutamate ({@code GLUT}, inhibitory through GluCl) inhibitory, the modulatory {@code SER}, {@code DA},
 * {@code OCT} unknown; from {@code neurons.csv.gz}'s {@code nt_type}, else from the transmitter the
 * neuron's connection rows carry most synapses of ({@code nt_type}, or the largest {@code *_avg}). Cell
 * class by default: {@code super_class}.
 */
public final class FlyWireReader extends RegionReleaseReader {
    /** Format name. */
    public static final String FORMAT = "flywire";

    private static final ReleaseLayout LAYOUT = new ReleaseLayout(FORMAT, "FlyWire",
            List.of("connections.csv.gz", "connections.csv", "connections_princeton.csv.gz",
                    "connections_no_threshold.csv.gz", "proofread_connections_783.feather"),
            List.of(),
            List.of("neurons.csv.gz", "neurons.csv", "classification.csv.gz", "classification.csv",
                    "consolidated_cell_types.csv.gz", "consolidated_cell_types.csv"),
            List.of("pre_root_id", "pre_pt_root_id", "from"), List.of("post_root_id", "post_pt_root_id", "to"),
            List.of("syn_count", "synapses"), List.of("neuropil"), List.of("root_id"), List.of("super_class"),
            List.of("nt_type"), List.of("nt_type_score"), signs(), List.of("nt_type", "neuro transmitter"),
            probabilities(), false, "synapse count");

    private static Map<String, CellSign> signs() {
        return SignMap.words(List.of("ACH"), List.of("GABA", "GLUT"), List.of("SER", "DA", "OCT"));
    }

    private static Map<String, String> probabilities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ach_avg", "ACH");
        m.put("gaba_avg", "GABA");
        m.put("glut_avg", "GLUT");
        m.put("oct_avg", "OCT");
        m.put("ser_avg", "SER");
        m.put("da_avg", "DA");
        return m;
    }

    @Override
    ReleaseLayout layout() {
        return LAYOUT;
    }
}
