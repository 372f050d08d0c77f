package org.richlazy.ingest.release;

import java.util.List;
import java.util.Map;
import org.richlazy.ingest.CellSign;

/**
 * MICrONS minnie65 synapse tables ({@code synapses_pni_2} as CAVEclient returns it, saved as CSV, Feather
 * or Parquet): one row per synapse with {@code pre_pt_root_id}, {@code post_pt_root_id} and {@code size};
 * a pair's weight is its number of synapses, or with {@code synapse-weight: size} the sum of their sizes
 * (cleft voxels). Root id 0 (a synapse on no segment) is left out and counted. Node tables (cell types such
 * as {@code aibs_metamodel_celltypes_v661}, keyed by {@code pt_root_id}) only from option {@code node-files};
 * cell class by default {@code cell_type} (or {@code cell_type_auto}); signs from
 * {@code classification_system} ({@code excitatory_neuron}, {@code inhibitory_neuron}, {@code nonneuron})
 * or {@code coarse_cell_type_auto} ({@code E}, {@code I}, {@code NONNEURON}).
 */
public final class MicronsReader extends ReleaseReader<MicronsOptions> {
    /** Format name. */
    public static final String FORMAT = "microns";

    private static final ReleaseLayout LAYOUT = new ReleaseLayout(FORMAT, "MICrONS minnie65", List.of(), List.of(),
            List.of(), List.of("pre_pt_root_id"), List.of("post_pt_root_id"), List.of(), List.of(),
            List.of("pt_root_id"), List.of("cell_type", "cell_type_auto"),
            List.of("classification_system", "coarse_cell_type_auto", "coarse_cell_type"), List.of(), signs(),
            List.of(), Map.of(), true, "synapse count");

    private static Map<String, CellSign> signs() {
        return SignMap.words(List.of("excitatory_neuron", "E"), List.of("inhibitory_neuron", "I"), List.of("nonneuron"));
    }

    @Override
    ReleaseLayout layout() {
        return LAYOUT;
    }

    @Override
    public Class<MicronsOptions> optionsType() {
        return MicronsOptions.class;
    }

    @Override
    ReleaseOptions release(MicronsOptions options) {
        return options.release();
    }

    private static boolean bySize(MicronsOptions options) {
        return options.synapseWeight() == MicronsOptions.SynapseWeight.SIZE;
    }

    @Override
    List<String> weightColumns(MicronsOptions options) {
        return bySize(options) ? List.of("size") : List.of();
    }

    @Override
    String unit(MicronsOptions options) {
        return bySize(options) ? "summed synapse size (cleft voxels)" : "synapse count";
    }
}
