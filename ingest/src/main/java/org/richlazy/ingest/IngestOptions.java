package org.richlazy.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reader options. Every component is nullable and {@code null} means "the reader's documented
 * default" (see {@code docs/formats.md}), so the pipeline can bind this record straight from a
 * YAML or JSON object with Jackson, leaving out what the user did not set.
 *
 * @param format         force a format ({@code dense-text}, {@code edge-list}, {@code celltype-csv},
 *                       {@code allen-v1-celltype}, {@code sonata}, {@code hdf5-matrix},
 *                       {@code pandas-hdfstore}); null = detect from extension and content
 * @param orientation    matrix orientation of dense and HDF5 matrices: {@code rows-pre} (default:
 *                       row = presynaptic, transposed on read) or {@code rows-post}; an HDF5 file that
 *                       declares its orientation (attribute {@code orientation}) is read as declared
 * @param delimiter      text delimiter {@code comma}, {@code tab} or {@code space}; null = detect
 * @param header         dense text: whether the first row holds column labels; null = detect
 *                       (a first row with a non-numeric cell after the first column is a header)
 * @param rowLabels      dense text: whether the first column holds row labels; null = detect
 * @param emptyCell      dense text: {@code zero} (default; counted in provenance) or {@code missing}
 *                       (an empty cell is an error, since a Connectome has no missing entries)
 * @param labelsFile     a one-label-per-line file naming the neurons (dense text without labels;
 *                       edge lists: the full neuron list, so an edge naming another neuron is an error)
 * @param sourceColumn   edge list: presynaptic column name; null = detect
 * @param targetColumn   edge list: postsynaptic column name; null = detect
 * @param weightColumn   edge list: weight column name; null = detect (absent column: each edge weighs 1)
 * @param typeColumn     edge list: synapse-type column name; null = detect ({@code Type}, {@code type})
 * @param edgeType       edge list: synapse type to keep (e.g. {@code chemical}) or {@code all}
 *                       (default: every type, summed); pandas HDFStore: top-level group (e.g. {@code chemical})
 * @param electrical     edge list, electrical synapses: {@code as-listed} (default) or
 *                       {@code mirror-missing} (add the reverse of a gap junction listed one way only)
 * @param property       SONATA weight rule {@code syn_weight} (default), {@code nsyns} or
 *                       {@code syn_weight*nsyns}; pandas HDFStore: the edge-property column
 *                       (default: the file's {@code NEUROTOP_DEFAULT_EDGE}); Allen cell types: the
 *                       PSP measure {@code 90th} (default) or {@code resting}
 * @param dataset        HDF5: path of the dense dataset or sparse group; pandas HDFStore: matrix group
 * @param subtract       HDF5 matrix: path of a second matrix of the same file, same shape and
 *                       orientation, subtracted entry by entry from {@code dataset} (e.g. a run's
 *                       {@code W_h_initial}, for what training changed); null = nothing subtracted
 * @param sparseLayout   HDF5 sparse group without an encoding attribute: {@code csr} or {@code csc}
 * @param nodePopulation SONATA node population; null = the only one
 * @param edgePopulation SONATA edge population; null = the only one
 * @param signRule       SONATA: {@code auto} (default: as given when any weight is negative, else
 *                       signed by the source node type's {@code ei}), {@code as-given} or {@code source-ei}
 * @param weightUnit     a unit string that replaces the reader's recorded unit
 * @param classesFile    Allen cell types: a {@code classes.csv} (simple layout) giving the class
 *                       proportions the Allen files lack; null = equal proportions (recorded)
 * @param maxNeurons     every format: the largest N made dense (and, for formats that declare a dense
 *                       size, the largest N a file may declare before anything N-sized is allocated);
 *                       null = system property {@value SizeLimits#PROPERTY}, else
 *                       {@value SizeLimits#DEFAULT_MAX_NEURONS} (see {@link SizeLimits})
 * @param nodeFiles      release formats: node tables joined on the neuron id; null = the release's standard
 *                       files found beside the edge table, {@code []} = none
 * @param nodeIdColumn   release formats: the id column of node tables, looked for before the release's usual names
 * @param filter         release formats: node-table column to the values kept (a neuron is kept when every
 *                       listed column holds one of its values); null = every neuron
 * @param idsFile        release formats: a file of neuron ids, one per line; only those are kept
 * @param neuropil       FlyWire neuropils / neuPrint ROIs whose rows are kept; null = every row
 * @param minSynapses    release formats: the least synapses (summed over a pair's kept rows) a pair keeps
 * @param classColumn    release formats: the node column that gives the cell class
 * @param signMap        release formats: transmitter (or class-system) word to {@code excitatory},
 *                       {@code inhibitory} or {@code unknown}, over the release's documented map
 * @param minSignScore   release formats: a neuron whose transmitter score is below this gets an unknown sign
 * @param unknownSign    release formats: {@code keep} (default) or {@code drop} the neurons of unknown sign
 * @param unlistedIds    release formats with node tables: an edge naming a neuron no node table lists is
 *                       an {@code error} (default) or is {@code drop}ped and counted
 * @param isolated       release formats: {@code keep} (default) or {@code drop} neurons left with no edge
 * @param synapseWeight  MICrONS: a pair's weight is its synapse {@code count} (default) or summed {@code size}
 * @param sheet          spreadsheets: the sheet to read; null = the only (or first matrix) sheet
 * @param missingPairs   cell-type table ({@code celltype-csv}): a (pre, post) pair without a row in
 *                       {@code pairs.csv} is an {@code error} (default) or read as probability and
 *                       strength {@code zero} (counted in provenance)
 * @param maxLineBytes   every format: the longest text line or spreadsheet cell, in bytes; null =
 *                       {@value ReadLimits#DEFAULT_MAX_LINE_BYTES} (see {@link ReadLimits})
 * @param maxDecompressedBytes every format: the most bytes a gzip file or xlsx workbook may expand to; null =
 *                       {@value ReadLimits#DEFAULT_MAX_DECOMPRESSED_BYTES}
 * @param maxExpansion   every format: the most decompressed bytes per compressed byte read; null =
 *                       {@value ReadLimits#DEFAULT_MAX_EXPANSION}
 */
public record IngestOptions(String format, String orientation, String delimiter, Boolean header,
                            Boolean rowLabels, String emptyCell, String labelsFile, String sourceColumn,
                            String targetColumn, String weightColumn, String typeColumn, String edgeType,
                            String electrical, String property, String dataset, String subtract, String sparseLayout,
                            String nodePopulation, String edgePopulation, String signRule, String weightUnit,
                            String classesFile, Integer maxNeurons, List<String> nodeFiles,
                            String nodeIdColumn, Map<String, List<String>> filter, String idsFile,
                            List<String> neuropil, Double minSynapses, String classColumn,
                            Map<String, String> signMap, Double minSignScore, String unknownSign,
                            String unlistedIds, String isolated, String synapseWeight, String sheet,
                            String missingPairs, Long maxLineBytes, Long maxDecompressedBytes,
                            Double maxExpansion) {

    /**
     * The key a user writes for the component named {@code component}: its name in kebab-case
     * ({@code signRule} is {@code sign-rule}), as in a config's {@code source.options} and in
     * {@code --option sign-rule=...}. Messages name options by this key, never by the Java name.
     */
    public static String key(String component) {
        return component.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** All defaults. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** These options with {@code header} and {@code rowLabels} set (a dense matrix whose labels are ids). */
    public IngestOptions withLabels(boolean hasHeader, boolean hasRowLabels) {
        return new IngestOptions(format, orientation, delimiter, hasHeader, hasRowLabels, emptyCell, labelsFile,
                sourceColumn, targetColumn, weightColumn, typeColumn, edgeType, electrical, property, dataset,
                subtract, sparseLayout, nodePopulation, edgePopulation, signRule, weightUnit, classesFile, maxNeurons,
                nodeFiles, nodeIdColumn, filter, idsFile, neuropil, minSynapses, classColumn, signMap, minSignScore,
                unknownSign, unlistedIds, isolated, synapseWeight, sheet, missingPairs, maxLineBytes,
                maxDecompressedBytes, maxExpansion);
    }

    /**
     * These options with every file they name ({@code labelsFile}, {@code classesFile}, {@code nodeFiles},
     * {@code idsFile}) passed through {@code resolve}, e.g. made absolute.
     */
    public IngestOptions withFiles(java.util.function.UnaryOperator<String> resolve) {
        return new IngestOptions(format, orientation, delimiter, header, rowLabels, emptyCell,
                labelsFile == null ? null : resolve.apply(labelsFile), sourceColumn, targetColumn, weightColumn,
                typeColumn, edgeType, electrical, property, dataset, subtract, sparseLayout, nodePopulation,
                edgePopulation, signRule, weightUnit, classesFile == null ? null : resolve.apply(classesFile), maxNeurons,
                nodeFiles == null ? null : nodeFiles.stream().map(resolve).toList(), nodeIdColumn, filter,
                idsFile == null ? null : resolve.apply(idsFile), neuropil, minSynapses, classColumn, signMap,
                minSignScore, unknownSign, unlistedIds, isolated, synapseWeight, sheet, missingPairs, maxLineBytes,
                maxDecompressedBytes, maxExpansion);
    }

    /** These options with the format forced (null = detect). */
    public IngestOptions withFormat(String newFormat) {
        return new IngestOptions(newFormat, orientation, delimiter, header, rowLabels, emptyCell, labelsFile,
                sourceColumn, targetColumn, weightColumn, typeColumn, edgeType, electrical, property, dataset,
                subtract, sparseLayout, nodePopulation, edgePopulation, signRule, weightUnit, classesFile, maxNeurons,
                nodeFiles, nodeIdColumn, filter, idsFile, neuropil, minSynapses, classColumn, signMap, minSignScore,
                unknownSign, unlistedIds, isolated, synapseWeight, sheet, missingPairs, maxLineBytes,
                maxDecompressedBytes, maxExpansion);
    }
}
