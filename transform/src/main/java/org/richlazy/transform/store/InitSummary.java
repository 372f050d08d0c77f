package org.richlazy.transform.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.spectrum.ClassMotifs;

/**
 * One init's row of {@code inits/summary.csv} ({@link InitStore#SUMMARY_COLUMNS}), typed. A row of a file written
 * before the structure statistics has {@code NaN} structure figures and predictions, no outliers count and empty
 * notes; one written before the per-class motifs has no motifs.
 *
 * @param columns       the columns of the file it was read from, in file order
 * @param name          init name
 * @param n             N
 * @param figures       the spectrum figures
 * @param structure     the structure statistics
 * @param prediction    the measured and predicted dominant eigenvalue and the bulk radius
 * @param outliers      the number of outlier eigenvalues; empty where the file has no such column
 * @param seed          the seed of the init's random draws
 * @param notes         what the row leaves undefined or not computed, and why; empty when nothing
 * @param motifsByClass the motifs per class pair; empty without classes, above {@link ClassMotifs#MAX_CLASSES}
 *                      or where the file has no such column
 */
public record InitSummary(List<String> columns, String name, int n, Figures figures, Structure structure,
                          Prediction prediction, OptionalInt outliers, long seed, String notes,
                          Optional<ClassMotifs> motifsByClass) {
    private static final List<String> COLUMNS = InitStore.SUMMARY_COLUMNS;
    private static final List<String> FIGURES = COLUMNS.subList(2, 10);
    private static final List<String> STRUCTURE = COLUMNS.subList(10, 22);
    private static final List<String> PREDICTION = COLUMNS.subList(22, 26);
    /** The columns of {@link #cells()}, in file order. */
    private static final List<String> CELLS = COLUMNS.stream()
            .filter(c -> !List.of("name", "recipe", "motifs_by_class").contains(c)).toList();

    public InitSummary {
        columns = List.copyOf(columns);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(notes, "notes");
    }

    /**
     * The spectrum figures ({@link org.richlazy.transform.spectrum.Spectrum}).
     *
     * @param erEig              effective rank of the eigenvalues; {@code NaN} when the spectral radius is 0
     * @param erSV               effective rank of the singular values
     * @param participationRatio participation ratio of the singular values
     * @param entropyRank        entropy rank
     * @param stableRank         stable rank
     * @param spectralRadius     largest eigenvalue modulus
     * @param maxSingularValue   largest singular value
     * @param frobeniusNorm      Frobenius norm
     */
    public record Figures(double erEig, double erSV, double participationRatio, double entropyRank,
                          double stableRank, double spectralRadius, double maxSingularValue, double frobeniusNorm) {
        private double[] values() {
            return new double[] {erEig, erSV, participationRatio, entropyRank, stableRank, spectralRadius,
                maxSingularValue, frobeniusNorm};
        }
    }

    /**
     * The structure statistics ({@link org.richlazy.transform.spectrum.StructureStatistics}); {@code NaN} where
     * the file has no such columns.
     *
     * @param density         p
     * @param reciprocity     fraction of connections whose reverse exists
     * @param selfConnections nonzero diagonal entries
     * @param inDegreeMean    mean in-degree
     * @param inDegreeSd      standard deviation of the in-degrees
     * @param outDegreeSd     standard deviation of the out-degrees
     * @param weightMean      mean of the nonzero weights
     * @param weightSd        their standard deviation
     * @param reciprocal      a_recip
     * @param convergent      a_conv
     * @param divergent       a_div
     * @param chain           a_chain
     */
    public record Structure(double density, double reciprocity, double selfConnections, double inDegreeMean,
                            double inDegreeSd, double outDegreeSd, double weightMean, double weightSd,
                            double reciprocal, double convergent, double divergent, double chain) {
        private double[] values() {
            return new double[] {density, reciprocity, selfConnections, inDegreeMean, inDegreeSd, outDegreeSd,
                weightMean, weightSd, reciprocal, convergent, divergent, chain};
        }
    }

    /**
     * The dominant eigenvalue and its predictions ({@link org.richlazy.transform.spectrum.OutlierPrediction});
     * {@code NaN} where undefined (the notes say why) or where the file has no such columns.
     *
     * @param dominantEigenvalue the measured dominant eigenvalue
     * @param celltype           predicted from the cell-type blocks
     * @param motifs             predicted from the cell-type blocks and motifs
     * @param bulkRadius         the radius of the bulk of the eigenvalues
     */
    public record Prediction(double dominantEigenvalue, double celltype, double motifs, double bulkRadius) {
        private double[] values() {
            return new double[] {dominantEigenvalue, celltype, motifs, bulkRadius};
        }
    }

    /**
     * The row's numbers and notes by column name, in file order (an ordered map): every column the file holds except name, recipe
     * (the {@code .h5} holds it) and motifs_by_class; N and outliers as {@link Integer}, seed as {@link Long},
     * notes as {@link String}, the rest as {@link Double}.
     */
    public Map<String, Object> cells() {
        List<Object> values = new ArrayList<>();
        values.add(n);
        for (double[] group : List.of(figures.values(), structure.values(), prediction.values())) {
            for (double v : group) {
                values.add(v);
            }
        }
        values.add(outliers.isPresent() ? outliers.getAsInt() : null);
        values.add(seed);
        values.add(notes);
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int k = 0; k < CELLS.size(); k++) {
            if (columns.contains(CELLS.get(k))) {
                cells.put(CELLS.get(k), values.get(k));
            }
        }
        return cells;
    }

    /**
     * One row as {@link InitStore} reads it: column name to cell, for one of the column sets it knows.
     *
     * @param where the file and line, for errors
     * @throws TransformException if a number or the motifs cell does not parse
     */
    static InitSummary parse(Map<String, String> row, String where) {
        double[] f = numbers(row, FIGURES, where);
        double[] s = numbers(row, STRUCTURE, where);
        double[] p = numbers(row, PREDICTION, where);
        String outliers = row.get("outliers");
        String motifs = row.getOrDefault("motifs_by_class", "");
        return new InitSummary(List.copyOf(row.keySet()), row.get("name"), cell(row, "N", where, Integer::parseInt),
                new Figures(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]),
                new Structure(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11]),
                new Prediction(p[0], p[1], p[2], p[3]),
                outliers == null ? OptionalInt.empty() : OptionalInt.of(cell(row, "outliers", where, Integer::parseInt)),
                cell(row, "seed", where, Long::parseLong), row.getOrDefault("notes", ""),
                motifs.isEmpty() ? Optional.empty() : Optional.of(ClassMotifs.fromJson(motifs, where
                        + ", column motifs_by_class")));
    }

    private static double[] numbers(Map<String, String> row, List<String> columns, String where) {
        return columns.stream().mapToDouble(c -> row.containsKey(c) ? cell(row, c, where, Double::parseDouble) : Double.NaN).toArray();
    }

    private static <T> T cell(Map<String, String> row, String column, String where, Function<String, T> parser) {
        try {
            return parser.apply(row.get(column));
        } catch (NumberFormatException e) {
            throw new TransformException(where + ", column " + column, "'" + row.get(column) + "'", "a number", e);
        }
    }
}
