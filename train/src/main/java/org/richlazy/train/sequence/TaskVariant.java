package org.richlazy.train.sequence;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of {@code training.sequence} (docs/science.md#forgetting): a task name, optionally a variant of it whose
 * inputs are rotated by an angle ({@code 2af@45}: 45 degrees; 0 the same inputs, 90 orthogonal ones) or, for sMNIST,
 * whose pixels are partly permuted ({@code smnist~30}: 30 % of the 784 pixel positions shuffled among themselves).
 *
 * @param label    the entry as written
 * @param task     the task name
 * @param angle    the rotation in degrees (0 without {@code @})
 * @param permuted the share of permuted pixels, 0 to 1 (0 without {@code ~})
 */
public record TaskVariant(String label, String task, double angle, double permuted) {
    /** The task whose pixels a {@code ~} variant permutes. */
    static final String SMNIST = "smnist";

    /** The entry as written; a malformed number is kept as NaN for {@link #problems} to name. */
    public static TaskVariant parse(String label) {
        int at = label.indexOf('@');
        int tilde = label.indexOf('~');
        if (at >= 0) {
            return new TaskVariant(label, label.substring(0, at), number(label.substring(at + 1)), 0);
        }
        if (tilde >= 0) {
            return new TaskVariant(label, label.substring(0, tilde), 0, number(label.substring(tilde + 1)) / 100);
        }
        return new TaskVariant(label, label, 0, 0);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Whether the entry rotates its task's inputs (an angle above 0). */
    public boolean rotated() {
        return angle != 0;
    }

    /**
     * What is wrong with the entry beyond whether its task is known (empty when nothing is): an angle outside 0 to 180
     * degrees, a share outside 0 to 100 %, {@code ~} on a task other than sMNIST, constraints written on it.
     */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        String where = "sequence entry '" + label + "'";
        if (task.contains("+")) {
            found.add(where + " carries constraints; expected a task alone (a sequence keeps training.constraints "
                    + "in every phase)");
        }
        if (!(angle >= 0 && angle <= 180)) {
            found.add(where + " rotates by " + label.substring(label.indexOf('@') + 1)
                    + "; expected an angle from 0 to 180 degrees, e.g. 2af@45");
        }
        if (!(permuted >= 0 && permuted <= 1)) {
            found.add(where + " permutes " + label.substring(label.indexOf('~') + 1)
                    + " % of the pixels; expected 0 to 100, e.g. smnist~30");
        }
        if (permuted != 0 && !task.equals(SMNIST)) {
            found.add(where + " permutes pixels of " + task + "; expected ~ on smnist only (its label is read at the "
                    + "last step, so its pixels can be reordered)");
        }
        return found;
    }
}
