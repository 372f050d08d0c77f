package org.richlazy.ingest.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.IngestException;

/**
 * The harmonised {@code compiled_data} layout in which the BANC connectome is deposited (Harvard Dataverse,
 * BANC v888, doi:10.7910/DVN/7WTH1N) and which the same pipeline writes for FAFB v783, MANC v1.2.1 and the male
 * CNS v0.9: per dataset {@code <ds>} a neuron table {@code <ds>_meta.feather} keyed by {@code <ds>_id} (e.g.
 * {@code banc_888_id}) with {@code super_class}, {@code cell_type}, {@code neurotransmitter_predicted} and
 * {@code neurotransmitter_score}, and an edge list {@code <ds>_edgelist_simple_v3.feather} (or {@code _v2},
 * {@code <ds>_simple_edgelist.feather}) of one row per directed pair: {@code pre}, {@code post} (ids as text),
 * {@code count} (synapses), {@code norm} ({@code count} over the target's input), and per-neuron totals.
 *
 * <p>Signs from {@code neurotransmitter_predicted} ({@code neurotransmitter_score} for {@code min-sign-score}):
 * acetylcholine excitatory; GABA and glutamate inhibitory (the fly); dopamine, serotonin, octopamine, tyramine,
 * histamine and {@code none} unknown. Cell class by default {@code super_class}. Weight: {@code count}.
 */
public final class CompiledDataReader extends ReleaseReader<CompiledDataOptions> {
    /** Format name. */
    public static final String FORMAT = "compiled-data";

    /** An edge list's file name, its dataset prefix the first group. */
    private static final Pattern EDGE_LIST = Pattern.compile(
            "(.+?)_(?:simple_edgelist|edgelist_simple(?:_v[0-9]+)?)\\.(?:feather|arrow|parquet|csv|csv\\.gz)");

    private static final ReleaseLayout LAYOUT = new ReleaseLayout(FORMAT, "compiled-data (BANC, FAFB, MANC, male CNS)",
            List.of("*_edgelist_simple_v3.feather", "*_edgelist_simple_v2.feather", "*_edgelist_simple.feather",
                    "*_simple_edgelist.feather"),
            List.of(), List.of("*_meta.feather"), List.of("pre"), List.of("post"), List.of("count"), List.of(),
            List.of("root_id"), List.of("super_class"), List.of("neurotransmitter_predicted"),
            List.of("neurotransmitter_score"), signs(), List.of(), Map.of(), false, "synapse count");

    /** What the BANC v888 deposit's documentation states (htem/BANC-project, manuscript/print/dataverse). */
    private static final StatedRows STATED = new StatedRows(Map.of("banc_888_meta.feather", 188_162L,
            "banc_888_edgelist_simple_v2.feather", 11_510_975L, "banc_888_edgelist_simple_v3.feather", 13_507_098L),
            "the BANC v888 Dataverse deposit's file documentation (doi:10.7910/DVN/7WTH1N)");

    private static Map<String, CellSign> signs() {
        return SignMap.words(List.of("acetylcholine"), List.of("gaba", "glutamate"),
                List.of("dopamine", "serotonin", "octopamine", "tyramine", "histamine", "none"));
    }

    @Override
    ReleaseLayout layout() {
        return LAYOUT;
    }

    @Override
    public Class<CompiledDataOptions> optionsType() {
        return CompiledDataOptions.class;
    }

    @Override
    ReleaseOptions release(CompiledDataOptions options) {
        return options.release();
    }

    /**
     * The dataset's own neuron table {@code <ds>_meta.feather} beside its edge list; for an edge list of another name,
     * the only {@code *_meta.feather} beside it.
     *
     * @throws IngestException when an edge list of another name has several {@code *_meta.feather} beside it
     */
    @Override
    List<Path> standardNodeFiles(Path edgeFile) {
        Path folder = ReleaseFiles.folderOf(edgeFile);
        Matcher m = EDGE_LIST.matcher(edgeFile.getFileName().toString());
        if (m.matches()) {
            return ReleaseFiles.present(folder, List.of(m.group(1) + "_meta.feather"));
        }
        List<Path> metas = ReleaseFiles.present(folder, LAYOUT.nodeFiles());
        if (metas.size() > 1) {
            throw new IngestException(edgeFile.toString(), "option node-files", "several neuron tables beside an edge "
                    + "list whose name names no dataset: " + metas.stream().map(p -> p.getFileName().toString())
                    .toList(), "option node-files naming the one to join (or the edge list named <ds>_edgelist_...)");
        }
        return metas;
    }

    /** {@code <ds>_id} of each {@code <ds>_meta} table, then {@code root_id}. */
    @Override
    List<String> idColumns(List<Path> nodeFiles) {
        List<String> ids = new ArrayList<>();
        for (Path f : nodeFiles) {
            String name = f.getFileName().toString();
            int meta = name.indexOf("_meta.");
            if (meta > 0) {
                ids.add(name.substring(0, meta) + "_id");
            }
        }
        ids.addAll(LAYOUT.idColumns());
        return ids;
    }

    @Override
    StatedRows statedRows() {
        return STATED;
    }
}
