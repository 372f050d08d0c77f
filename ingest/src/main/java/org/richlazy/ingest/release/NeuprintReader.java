package org.richlazy.ingest.release;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.richlazy.ingest.CellSign;

/**
 * neuPrint flat exports (hemibrain v1.x, MANC v1.x): {@code traced-total-connections.csv}
 * ({@code bodyId_pre, bodyId_post, weight}) or, with option {@code neuropil}, {@code traced-roi-connections.csv}
 * ({@code + roi}); also a neuprint-python adjacency table with those columns. The FlyEM flat connectome of the male
 * CNS (v0.9, v1.0) too: {@code connectome-weights-male-cns-<v>-minconf-0.5.feather} ({@code body_pre, body_post,
 * weight}, every segment) with {@code body-annotations-male-cns-<v>-minconf-0.5.feather} ({@code bodyId, status,
 * superclass, type, ...}) and {@code body-neurotransmitters-male-cns-<v>.feather} ({@code body, predicted_nt,
 * predicted_nt_confidence, consensus_nt, ...}) beside it. Node table
 * {@code traced-neurons.csv} ({@code bodyId, type, instance}) when found beside, and any table given in
 * {@code node-files} keyed by {@code bodyId} / {@code body_id}, such as the neurotransmitter predictions
 * ({@code predictedNt, predictedNtProb} in MANC; {@code NT, NT_prob} or {@code top_nt, top_nt_p} in the
 * Virtual Fly Brain tables). Cell class by default: {@code type}.
 *
 * <p>Signs: acetylcholine excitatory, GABA and glutamate inhibitory (the fly), dopamine, serotonin,
 * octopamine, histamine and {@code unclear}/{@code unknown} unknown.
 */
public final class NeuprintReader extends RegionReleaseReader {
    /** Format name. */
    public static final String FORMAT = "neuprint";

    /** A FlyEM flat edge table's name: the dataset and version, then the synapse confidence cutoff if any. */
    private static final Pattern FLAT_WEIGHTS = Pattern.compile("connectome-weights-(.+?)(-minconf-[0-9.]+)?\\.feather");

    private static final ReleaseLayout LAYOUT = new ReleaseLayout(FORMAT, "neuPrint",
            List.of("traced-total-connections.csv", "connectome-weights-*.feather"), List.of("traced-roi-connections.csv"),
            List.of("traced-neurons.csv"),
            List.of("bodyId_pre", "body_pre"), List.of("bodyId_post", "body_post"), List.of("weight"),
            List.of("roi"), List.of("bodyId", "body_id", "bodyid", "body"), List.of("type"),
            List.of("predictedNt", "predicted_nt", "NT", "top_nt"),
            List.of("predictedNtProb", "predicted_nt_prob", "predicted_nt_confidence", "NT_prob", "top_nt_p"), signs(),
            List.of(), Map.of(), false, "synapse count (neuPrint weight)");

    private static Map<String, CellSign> signs() {
        return SignMap.words(List.of("acetylcholine", "ach"), List.of("gaba", "glutamate", "glu", "glut"),
                List.of("dopamine", "da", "serotonin", "ser", "5ht", "octopamine", "oct", "histamine", "unclear",
                        "unknown"));
    }

    @Override
    ReleaseLayout layout() {
        return LAYOUT;
    }

    /**
     * Beside a flat {@code connectome-weights-<dataset>-<version>[-minconf-<c>].feather}, the annotation and
     * transmitter tables of the same dataset and version ({@code body-annotations-<same>.feather},
     * {@code body-neurotransmitters-<dataset>-<version>.feather}), never another version's; else
     * {@code traced-neurons.csv}.
     */
    @Override
    List<Path> standardNodeFiles(Path edgeFile) {
        Matcher m = FLAT_WEIGHTS.matcher(edgeFile.getFileName().toString());
        if (!m.matches()) {
            return super.standardNodeFiles(edgeFile);
        }
        String minconf = m.group(2) == null ? "" : m.group(2);
        return ReleaseFiles.present(ReleaseFiles.folderOf(edgeFile), List.of("body-annotations-" + m.group(1)
                + minconf + ".feather", "body-neurotransmitters-" + m.group(1) + ".feather"));
    }
}
