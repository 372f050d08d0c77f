package org.richlazy.train;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * Reads and writes {@code runs/<init>__<task>__s<seed>/} and {@code results.csv}
 * (docs/architecture.md#the-results-folder). A run folder holds:
 * <ul>
 *   <li>{@code result.json}: the {@link RunResult} record (Jackson; NaN and infinities written as
 *       {@code null}, read back as NaN; standard JSON that Python's {@code json} module reads);</li>
 *   <li>{@code curve.csv}: {@code iteration,loss,accuracy}, one row per curve window;</li>
 *   <li>{@code measures.csv}: {@code iteration} and one column per measure, one row per checkpoint
 *       (a separate file because checkpoints are sparser than the curve);</li>
 *   <li>for a sequence of tasks (docs/science.md#forgetting), {@code retention.csv}: every task up to the current
 *       one scored at every checkpoint of every phase ({@code phase, iteration, global_iteration, scored_phase, task,
 *       loss, accuracy}), and {@code phases.csv}: each phase's iterations, status, learning speed (alone too), final
 *       measures against its start and plasticity cost;</li>
 *   <li>{@code weights.h5}: float64 datasets {@code W_h_initial} and {@code W_h_final}, {@code [post][pre]},
 *       with root attributes {@code init}, {@code task}, {@code seed}, {@code status}; for sparse weights
 *       (docs/science.md#connectome-scale) the synapses instead, in compressed rows shared by both: {@code W_h_row_start}
 *       (int32, N + 1), {@code W_h_pre} (int32), {@code W_h_initial_values} and {@code W_h_final_values} (float64),
 *       with the attribute {@code N} ({@code scipy.sparse.csr_matrix((values, pre, row_start), shape=(N, N))});
 *       and the rest of the network ({@link SavedNetwork}): {@code W_in_initial}, {@code W_in_final} ({@code [N][I]}),
 *       {@code W_out_initial}, {@code W_out_final} ({@code [O][N]}), the trials {@code trials_inputs}
 *       ({@code [T][B][I]}) and {@code trials_labels} ({@code [T][B]}) with {@code trials_loss_final}, and the
 *       dynamics as attributes ({@code a}, {@code dt_ms}, {@code tau_ms}, {@code leak}, {@code equations}).</li>
 * </ul>
 * Non-finite numbers in the CSV files are written {@code NaN} (read as NaN by pandas and numpy).
 * A run folder is written as {@code runs/.<name>.tmp-<random>} and moved to {@code runs/<name>} with
 * an atomic rename when complete, so a crash never leaves a half-written run that looks finished;
 * dot-prefixed leftovers of a crash are ignored by {@link #readAll}.
 */
public final class RunStore {
    static final String RUNS = "runs";
    static final String RESULT = "result.json";
    static final String CURVE = "curve.csv";
    static final String MEASURES = "measures.csv";
    static final String WEIGHTS = "weights.h5";
    static final String TABLE = "results.csv";
    static final String RETENTION = "retention.csv";
    static final String PHASES = "phases.csv";
    /** The results.csv columns of a sequence's {@link SequenceRecord}, last (empty for a single task). */
    static final List<String> SEQUENCE_COLUMNS = List.of("forgetting", "forgetting_loss", "backward_transfer",
            "forward_transfer");
    /** The results.csv columns of {@link ChangeStructure}, after {@code precision}. */
    static final List<String> CHANGE_COLUMNS = List.of("dw_participation_ratio", "dw_stable_rank",
            "dw_left_overlap_k1", "dw_left_overlap_k2", "dw_left_overlap_k5", "dw_right_overlap_k1",
            "dw_right_overlap_k2", "dw_right_overlap_k5", "dw_new_synapse_share", "dw_sign_flips");
    /** The results.csv columns of {@link LyapunovExponents}, after {@link #CHANGE_COLUMNS}. */
    static final List<String> LYAPUNOV_COLUMNS = List.of("lyapunov_exponent_init", "lyapunov_exponent_final",
            "lyapunov_exponent_autonomous_init", "lyapunov_exponent_autonomous_final", "lyapunov_silent_share_init",
            "lyapunov_silent_share_final", "lyapunov_silent_share_autonomous_init",
            "lyapunov_silent_share_autonomous_final");
    /** The results.csv columns of a run's constraints and stopping target, after {@link #LYAPUNOV_COLUMNS}. */
    static final List<String> TRAINING_COLUMNS = List.of("constraints", "stop_target", "target_reached",
            "target_reached_at");
    /** The results.csv columns of a run's linearised model ({@link RunResult.Linearized}), after the others. */
    static final List<String> LINEARIZED_COLUMNS = List.of("linearized_diverged_at", "linearized_probe_loss",
            "linearized_probe_accuracy", "network_probe_loss", "network_probe_accuracy");
    /** The results.csv columns of a run's held-out score ({@link RunResult.HeldOut}), after the others. */
    static final List<String> HELD_OUT_COLUMNS = List.of("held_out_trials", "held_out_loss", "held_out_accuracy");
    /** The results.csv columns of a run's {@link PlasticityCost}, after {@link #ACTIVITY_COLUMNS}. */
    static final List<String> PLASTICITY_COLUMNS = List.of("plasticity_cost_l1", "plasticity_cost_l2",
            "synapses_changed", "path_length");
    /** The results.csv columns of a run's {@link Flatness}, after {@link #PLASTICITY_COLUMNS}. */
    static final List<String> FLATNESS_COLUMNS = List.of("sharpness", "hessian_trace", "hessian_trace_error",
            "representation_dimension", "training_batches_loss", "fresh_loss", "generalization_gap");
    /** The results.csv columns of a run's decision-step {@link UnitActivity}, after {@link #HELD_OUT_COLUMNS}. */
    static final List<String> ACTIVITY_COLUMNS = List.of("decision_step", "active_units_decision_init",
            "active_units_decision_final", "active_trials_decision_init", "active_trials_decision_final");

    private RunStore() {
    }

    /**
     * Writes one run atomically under {@code resultsDir/runs/}.
     *
     * @throws UncheckedIOException when writing fails or the run folder already exists (a complete
     *                              run is never overwritten; check {@link #isComplete} first)
     */
    public static void write(Path resultsDir, TrainedRun run) {
        RunResult r = run.result();
        String name = folderName(r.init(), r.task(), r.seed());
        Path runs = resultsDir.resolve(RUNS);
        Path target = runs.resolve(name);
        Path tmp = null;
        try {
            Files.createDirectories(runs);
            if (Files.exists(target)) {
                throw new IOException("run folder " + target + " already exists; it is not overwritten");
            }
            tmp = Files.createDirectory(runs.resolve("." + name + ".tmp-" + UUID.randomUUID()));
            RunJson.MAPPER.writeValue(tmp.resolve(RESULT).toFile(), r);
            writeCurve(tmp.resolve(CURVE), r);
            writeMeasures(tmp.resolve(MEASURES), r);
            writeWeights(tmp.resolve(WEIGHTS), run);
            if (r.sequence() != null) {
                writeSequence(tmp, r.sequence());
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            removeTemporary(tmp, e);
            throw new UncheckedIOException("cannot write run " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes what a killed process left half-written: {@code runs/.<name>.tmp-*} folders and
     * {@code .results*.csv.tmp-*} and {@code .results*.parquet.tmp-*} files. Call it only when no other process writes to the folder.
     *
     * @return how many leftovers were removed
     */
    public static int removeLeftovers(Path resultsDir) {
        List<Path> leftovers = new ArrayList<>();
        leftovers.addAll(temporaries(resultsDir.resolve(RUNS), ".*.tmp-*"));
        leftovers.addAll(temporaries(resultsDir, ".results*.{csv,parquet}.tmp-*"));
        for (Path p : leftovers) {
            IOException failure = new IOException("cannot remove leftover " + p);
            removeTemporary(p, failure);
            if (failure.getSuppressed().length > 0) {
                throw new UncheckedIOException(failure);
            }
        }
        return leftovers.size();
    }

    private static List<Path> temporaries(Path dir, String glob) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            entries.forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /** The name of the run folder of this init, task and seed: {@code <init>__<task>__s<seed>}. */
    public static String folderName(String init, String task, long seed) {
        return init + "__" + task + "__s" + seed;
    }

    /** The path of the entry of {@code resultsDir/runs/} with this name (a run folder or whatever else is there). */
    public static Path entry(Path resultsDir, String name) {
        return resultsDir.resolve(RUNS).resolve(name);
    }

    /**
     * W_h(0) and the final W_h of a run, as {@code weights.h5} holds them: {@code [post][pre]}, dense or, for sparse
     * weights, on one synapse pattern.
     *
     * @param initial W_h(0)
     * @param last    the final W_h
     */
    public record Weights(RecurrentMatrix initial, RecurrentMatrix last) {
    }

    /**
     * Reads the weights of the run of this init, task and seed back from its {@code weights.h5}.
     *
     * @throws TrainException when the file is missing or not as {@link #write} writes it
     */
    public static Weights readWeights(Path resultsDir, String init, String task, long seed) {
        Path file = entry(resultsDir, folderName(init, task, seed)).resolve(WEIGHTS);
        try (io.jhdf.HdfFile hdf = new io.jhdf.HdfFile(file)) {
            if (hdf.getChildren().containsKey("W_h_initial")) {
                return new Weights(new DenseMatrix((double[][]) hdf.getDatasetByPath("W_h_initial").getData()),
                        new DenseMatrix((double[][]) hdf.getDatasetByPath("W_h_final").getData()));
            }
            int[] rowStart = (int[]) hdf.getDatasetByPath("W_h_row_start").getData();
            int[] pre = (int[]) hdf.getDatasetByPath("W_h_pre").getData();
            int n = rowStart.length - 1;
            return new Weights(SparseMatrix.ofRows(n, rowStart, pre,
                    (double[]) hdf.getDatasetByPath("W_h_initial_values").getData()),
                    SparseMatrix.ofRows(n, rowStart, pre, (double[]) hdf.getDatasetByPath("W_h_final_values").getData()));
        } catch (RuntimeException e) {
            throw new TrainException(file.toString(), "not readable as the weights of a run (" + e.getMessage()
                    + "); expected W_h_initial and W_h_final, or the synapses W_h_row_start, W_h_pre, "
                    + "W_h_initial_values and W_h_final_values");
        }
    }

    /** Whether the run folder for this init, task and seed is complete. */
    public static boolean isComplete(Path resultsDir, String init, String task, long seed) {
        return Files.isRegularFile(entry(resultsDir, folderName(init, task, seed)).resolve(RESULT));
    }

    /**
     * Every complete run under {@code resultsDir/runs/}, sorted by folder name; empty when there is no
     * {@code runs/} folder.
     *
     * @throws UncheckedIOException when a non-hidden entry of {@code runs/} is not a complete run folder
     *                              or its {@code result.json} cannot be read
     */
    public static List<RunResult> readAll(Path resultsDir) {
        List<RunResult> results = new ArrayList<>();
        for (String name : folders(resultsDir)) {
            results.add(read(entry(resultsDir, name)));
        }
        return results;
    }

    /**
     * The names of the entries of {@code resultsDir/runs/} that do not start with a dot (run folders, complete or
     * not, and whatever else is there), sorted; empty when there is no {@code runs/} folder.
     */
    public static List<String> folders(Path resultsDir) {
        Path runs = resultsDir.resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs, e);
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /**
     * The complete run of this init, task and seed under {@code resultsDir/runs/}.
     *
     * @throws UncheckedIOException when the run folder is not complete or its {@code result.json} cannot be read
     */
    public static RunResult read(Path resultsDir, String init, String task, long seed) {
        return read(entry(resultsDir, folderName(init, task, seed)));
    }

    private static RunResult read(Path folder) {
        Path json = folder.resolve(RESULT);
        if (!Files.isRegularFile(json)) {
            throw new UncheckedIOException(new IOException(folder + " is not a run folder: no " + RESULT));
        }
        try {
            return RunJson.read(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json + ": " + e.getMessage(), e);
        }
    }

    /** The values of {@link #CHANGE_COLUMNS}; empty cells for a run recorded without them. */
    private static List<Object> changeValues(ChangeStructure c) {
        if (c == null) {
            return java.util.Collections.nCopies(CHANGE_COLUMNS.size(), "");
        }
        List<Object> v = new ArrayList<>(List.of(c.participationRatio(), c.stableRank()));
        v.addAll(c.leftOverlap());
        v.addAll(c.rightOverlap());
        v.add(c.newSynapseShare());
        v.add(c.signFlips());
        return v;
    }

    /** The values of {@link #LYAPUNOV_COLUMNS}; empty cells for a run recorded without them. */
    private static List<Object> lyapunovValues(LyapunovExponents l) {
        if (l == null) {
            return java.util.Collections.nCopies(LYAPUNOV_COLUMNS.size(), "");
        }
        return List.of(l.initial().driven().exponent(), l.trained().driven().exponent(),
                l.initial().autonomous().exponent(), l.trained().autonomous().exponent(),
                l.initial().driven().silentShare(), l.trained().driven().silentShare(),
                l.initial().autonomous().silentShare(), l.trained().autonomous().silentShare());
    }

    /**
     * The values of {@link #ACTIVITY_COLUMNS} (the decision step counted from 1); empty cells without them, NaN at
     * the end for a run whose final weights are not finite.
     */
    private static List<Object> activityValues(UnitActivity a) {
        if (a == null) {
            return java.util.Collections.nCopies(ACTIVITY_COLUMNS.size(), "");
        }
        int step = a.decisionStep();
        UnitActivity.Steps end = a.trained();
        return List.of(step + 1, a.initial().activeUnitsAt(step), end == null ? Double.NaN : end.activeUnitsAt(step),
                a.initial().activeTrialsAt(step), end == null ? Double.NaN : end.activeTrialsAt(step));
    }

    /**
     * Writes {@code resultsDir/results.csv} atomically (temporary file, then rename), one row per run:
     * {@code init, task, seed, status, diverged_at} (empty when not diverged), {@code iterations},
     * {@code final_loss, final_accuracy} (the last curve window; NaN without one), every final measure,
     * {@code precision}, then the structure of the weight change ({@link #CHANGE_COLUMNS}) and the Lyapunov
     * exponents ({@link #LYAPUNOV_COLUMNS}), the constraints in words ({@code none} without) and the stopping
     * target with whether and when it was reached (empty without a target), and the linearised model's probe loss and
     * accuracy beside the network's ({@link #LINEARIZED_COLUMNS}, empty without one), and the score on the task's
     * held-out set ({@link #HELD_OUT_COLUMNS}, empty without one), and the decision step (counted from 1) with the
     * share of active units and of trials with one at the start and the end ({@link #ACTIVITY_COLUMNS}), and the cost
     * of the plasticity ({@link #PLASTICITY_COLUMNS}) and the flatness at the end ({@link #FLATNESS_COLUMNS}), empty
     * for a run recorded without them, and a sequence's forgetting and transfer ({@link #SEQUENCE_COLUMNS}, empty for a
     * single task). Nothing in
     * it depends on timing or on the order runs finished in, so the same config and seeds give the same bytes with
     * any number of workers; each run's wall time is in its
     * {@code result.json} ({@code wallSeconds}).
     */
    public static void writeResultsTable(Path resultsDir, List<RunResult> runs) {
        writeAtomically(resultsDir, TABLE, resultsColumns(), runs.stream().map(RunStore::resultsRow).toList());
    }

    /** The columns of {@code results.csv}, in order ({@link #writeResultsTable}). */
    public static List<String> resultsColumns() {
        List<String> header = new ArrayList<>(List.of("init", "task", "seed", "status", "diverged_at",
                "iterations", "final_loss", "final_accuracy"));
        header.addAll(MeasureColumns.names());
        header.add("precision");
        header.addAll(CHANGE_COLUMNS);
        header.addAll(LYAPUNOV_COLUMNS);
        header.addAll(TRAINING_COLUMNS);
        header.addAll(LINEARIZED_COLUMNS);
        header.addAll(HELD_OUT_COLUMNS);
        header.addAll(ACTIVITY_COLUMNS);
        header.addAll(PLASTICITY_COLUMNS);
        header.addAll(FLATNESS_COLUMNS);
        header.addAll(SEQUENCE_COLUMNS);
        return header;
    }

    /** The {@code results.csv} row of one run, one value per {@link #resultsColumns} (empty text where not recorded). */
    public static List<Object> resultsRow(RunResult r) {
        List<Object> row = new ArrayList<>(List.of(r.init(), r.task(), r.seed(), r.status().word(),
                r.divergedAt() == null ? "" : r.divergedAt(), r.iterations(), r.finalLoss(), r.finalAccuracy()));
        row.addAll(MeasureColumns.values(r.finalMeasures()));
        row.add(r.precision().word());
        row.addAll(changeValues(r.change()));
        row.addAll(lyapunovValues(r.lyapunov()));
        row.add(r.constraints() == null ? "none" : r.constraints());
        RunResult.Stop stop = r.stop();
        row.addAll(stop == null ? List.of("", "", "") : List.of(stop.target(), stop.reached(),
                stop.reachedAt() == null ? "" : stop.reachedAt()));
        RunResult.Linearized lin = r.linearized();
        row.addAll(lin == null ? java.util.Collections.nCopies(LINEARIZED_COLUMNS.size(), "")
                : List.of(lin.divergedAt() == null ? "" : lin.divergedAt(), lin.loss(), lin.accuracy(),
                lin.networkLoss(), lin.networkAccuracy()));
        RunResult.HeldOut held = r.heldOut();
        row.addAll(held == null ? java.util.Collections.nCopies(HELD_OUT_COLUMNS.size(), "")
                : List.of(held.trials(), held.loss(), held.accuracy()));
        row.addAll(activityValues(r.activity()));
        PlasticityCost cost = r.plasticity();
        row.addAll(cost == null ? java.util.Collections.nCopies(PLASTICITY_COLUMNS.size(), "")
                : List.of(cost.l1(), cost.l2(), cost.synapsesChanged(), cost.pathLength()));
        Flatness flat = r.flatness();
        row.addAll(flat == null ? java.util.Collections.nCopies(FLATNESS_COLUMNS.size(), "")
                : List.of(flat.sharpness(), flat.hessianTrace(), flat.hessianTraceError(),
                flat.representationDimension(), flat.trainingLoss(), flat.freshLoss(), flat.generalizationGap()));
        SequenceRecord seq = r.sequence();
        row.addAll(seq == null ? java.util.Collections.nCopies(SEQUENCE_COLUMNS.size(), "")
                : List.of(seq.forgetting(), seq.forgettingLoss(), seq.backwardTransfer(), seq.forwardTransfer()));
        return row;
    }

    /** The names of the measures of {@code measures.csv}, in order. */
    public static List<String> measureColumns() {
        return MeasureColumns.names();
    }

    /** The values of {@code m} in the order of {@link #measureColumns}. */
    public static List<Object> measureValues(Measures m) {
        return MeasureColumns.values(m);
    }

    /**
     * Writes {@code resultsDir/name} atomically (a temporary file, then a rename): a CSV of {@code header} and
     * {@code rows}, non-finite numbers written {@code NaN}.
     */
    public static void writeAtomically(Path resultsDir, String name, List<String> header,
                                       Iterable<? extends List<?>> rows) {
        Path target = resultsDir.resolve(name);
        Path tmp = null;
        try {
            Files.createDirectories(resultsDir);
            tmp = resultsDir.resolve("." + name + ".tmp-" + UUID.randomUUID());
            try (CSVPrinter csv = printer(tmp, header)) {
                for (List<?> row : rows) {
                    csv.printRecord(row);
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            removeTemporary(tmp, e);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeCurve(Path file, RunResult r) throws IOException {
        try (CSVPrinter csv = printer(file, List.of("iteration", "loss", "accuracy"))) {
            for (RunResult.CurvePoint p : r.curve()) {
                csv.printRecord(p.iteration(), p.loss(), p.accuracy());
            }
        }
    }

    private static void writeMeasures(Path file, RunResult r) throws IOException {
        List<String> header = new ArrayList<>(List.of("iteration"));
        header.addAll(MeasureColumns.names());
        try (CSVPrinter csv = printer(file, header)) {
            for (RunResult.Checkpoint c : r.checkpoints()) {
                List<Object> row = new ArrayList<>(List.of(c.iteration()));
                row.addAll(MeasureColumns.values(c.measures()));
                csv.printRecord(row);
            }
        }
    }

    /** {@code retention.csv} and {@code phases.csv} of a sequence run. */
    private static void writeSequence(Path folder, SequenceRecord s) throws IOException {
        try (CSVPrinter csv = printer(folder.resolve(RETENTION), List.of("phase", "iteration", "global_iteration",
                "scored_phase", "task", "loss", "accuracy"))) {
            for (SequenceRecord.Retention r : s.retention()) {
                csv.printRecord(r.phase(), r.iteration(), r.globalIteration(), r.scored(), r.task(), r.loss(),
                        r.accuracy());
            }
        }
        List<String> header = new ArrayList<>(List.of("phase", "task", "iterations", "status", "learning_speed",
                "learning_speed_alone"));
        header.addAll(MeasureColumns.names());
        header.addAll(PLASTICITY_COLUMNS);
        try (CSVPrinter csv = printer(folder.resolve(PHASES), header)) {
            for (int k = 0; k < s.phases().size(); k++) {
                SequenceRecord.Phase p = s.phases().get(k);
                List<Object> row = new ArrayList<>(List.of(k + 1, p.task(), p.iterations(), p.status().word(),
                        p.learningSpeed(), p.learningSpeedAlone()));
                row.addAll(MeasureColumns.values(p.measures()));
                PlasticityCost c = p.plasticity();
                row.addAll(List.of(c.l1(), c.l2(), c.synapsesChanged(), c.pathLength()));
                csv.printRecord(row);
            }
        }
    }

    private static void writeWeights(Path file, TrainedRun run) {
        RunResult r = run.result();
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            if (run.finalWeights() instanceof SparseMatrix last) {
                SparseMatrix first = run.initialWeights().sparse();
                hdf.putDataset("W_h_row_start", last.rowStarts());
                hdf.putDataset("W_h_pre", last.columns());
                hdf.putDataset("W_h_initial_values", first.values());
                hdf.putDataset("W_h_final_values", last.values());
                hdf.putAttribute("N", (long) last.size());
            } else {
                hdf.putDataset("W_h_initial", run.initialWeights().toDense());
                hdf.putDataset("W_h_final", run.finalWeights().toDense());
            }
            if (run.network() != null) {
                writeNetwork(hdf, run.network());
            }
            hdf.putAttribute("init", r.init());
            hdf.putAttribute("task", r.task());
            hdf.putAttribute("seed", r.seed());
            hdf.putAttribute("status", r.status().word());
            hdf.putAttribute("orientation", "[post][pre]");
        }
    }

    /** The equations of the network {@code weights.h5} holds, as its attribute {@code equations} states them. */
    static final String EQUATIONS = "h_0 = 0; h_t = relu((1 - a) h_{t-1} + a (W_in x_t + W_h h_{t-1})), t = 1..T, "
            + "x_t = trials_inputs[t-1]; y_t = W_out h_t; no biases; loss: mean softmax cross-entropy of y_t against "
            + "trials_labels[t-1] over every step and trial (loss_on = all steps) or over the last step (last step)";

    /**
     * W_in, W_out, the dynamics and the saved trials ({@link SavedNetwork};
     * docs/results-format.md#weightsh5-the-whole-trained-network).
     */
    private static void writeNetwork(WritableHdfFile hdf, SavedNetwork net) {
        hdf.putDataset("W_in_initial", net.inputInitial());
        hdf.putDataset("W_in_final", net.inputFinal());
        hdf.putDataset("W_out_initial", net.readoutInitial());
        hdf.putDataset("W_out_final", net.readoutFinal());
        hdf.putDataset("trials_inputs", net.trials().inputs());
        hdf.putDataset("trials_labels", net.trials().labels());
        hdf.putAttribute("trials_loss_final", net.trialsLoss());
        hdf.putAttribute("trials_decision_step", (long) net.trials().decisionStep());
        hdf.putAttribute("a", net.dynamics().alpha());
        hdf.putAttribute("dt_ms", net.dynamics().dt());
        hdf.putAttribute("tau_ms", net.dynamics().tau());
        hdf.putAttribute("leak", net.dynamics().leak().word());
        hdf.putAttribute("nonlinearity", "relu");
        hdf.putAttribute("biases", "none");
        hdf.putAttribute("loss_on", net.lossOnAllSteps() ? "all steps" : "last step");
        hdf.putAttribute("equations", EQUATIONS);
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get());
    }

    /** Removes a temporary file or folder after a failed write; a failure to remove it is attached to {@code cause}. */
    private static void removeTemporary(Path path, IOException cause) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
