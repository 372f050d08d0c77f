package org.richlazy.train.measure;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;

/**
 * The inputs the measures of docs/science.md#laziness-measures read, fixed before training: every probe trial, the
 * first of them as the trials of the tangent kernel with its rows' labels and output steps, and the streams of the
 * Lyapunov exponents.
 *
 * @param inputs       every probe trial, {@code [T][P][I]}
 * @param decisionStep the step whose states RA uses (0 = the first input step)
 * @param kernelInputs the kernel's trials, {@code [T][B][I]}: the first {@link LazinessMeter#KERNEL_TRIALS_ALL_STEPS}
 *                     probe trials for tasks with the loss on every step, the first
 *                     {@link LazinessMeter#KERNEL_TRIALS_LAST_STEP} otherwise
 * @param kernelLabels their labels, {@code [T][B]}
 * @param kernelSteps  the 1-based output steps whose logits are kernel rows: every step, or the last
 */
public record ProbeSet(double[][][] inputs, int decisionStep, double[][][] kernelInputs, int[][] kernelLabels,
                       int[] kernelSteps) {

    /** The probe set of {@code task} (for its loss mode) from the batches drawn before training. */
    public static ProbeSet of(Task task, List<TrialBatch> probe) {
        double[][][] inputs = concatenate(probe);
        int total = inputs[0].length;
        int kernelTrials = Math.min(total, task.lossOnAllSteps() ? LazinessMeter.KERNEL_TRIALS_ALL_STEPS
                : LazinessMeter.KERNEL_TRIALS_LAST_STEP);
        int steps = inputs.length;
        double[][][] kernelInputs = new double[steps][][];
        int[][] kernelLabels = new int[steps][];
        int[][] labels = concatenateLabels(probe);
        for (int t = 0; t < steps; t++) {
            kernelInputs[t] = Arrays.copyOf(inputs[t], kernelTrials);
            kernelLabels[t] = Arrays.copyOf(labels[t], kernelTrials);
        }
        int[] kernelSteps = task.lossOnAllSteps() ? IntStream.rangeClosed(1, steps).toArray() : new int[] {steps};
        return new ProbeSet(inputs, probe.get(0).decisionStep(), kernelInputs, kernelLabels, kernelSteps);
    }

    /** P, the probe trials. */
    public int trials() {
        return inputs[0].length;
    }

    /** The task-driven streams of {@link LyapunovExponent#drivenStreams} over the probe trials. */
    public double[][][] drivenStreams() {
        return LyapunovExponent.drivenStreams(inputs, LyapunovExponent.STREAMS, LyapunovExponent.STEPS);
    }

    /** The autonomous streams of {@link LyapunovExponent#autonomousStreams} over the probe trials. */
    public double[][][] autonomousStreams() {
        return LyapunovExponent.autonomousStreams(inputs, LyapunovExponent.STREAMS, LyapunovExponent.STEPS,
                LyapunovExponent.AUTONOMOUS_DRIVE);
    }

    private static double[][][] concatenate(List<TrialBatch> batches) {
        int steps = batches.get(0).steps();
        double[][][] all = new double[steps][][];
        for (int t = 0; t < steps; t++) {
            final int step = t;
            all[t] = batches.stream().flatMap(b -> Arrays.stream(b.inputs()[step])).toArray(double[][]::new);
        }
        return all;
    }

    private static int[][] concatenateLabels(List<TrialBatch> batches) {
        int steps = batches.get(0).steps();
        int[][] all = new int[steps][];
        for (int t = 0; t < steps; t++) {
            final int step = t;
            all[t] = batches.stream().flatMapToInt(b -> Arrays.stream(b.labels()[step])).toArray();
        }
        return all;
    }
}
