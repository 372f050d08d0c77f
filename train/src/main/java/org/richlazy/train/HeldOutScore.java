package org.richlazy.train;

import org.richlazy.train.model.CrossEntropy;

/**
 * A trained network on its task's held-out set ({@link Task#heldOutSize}): the loss the run trains on and the
 * decision-step accuracy, averaged over every held-out trial (in chunks of the training batch size, each chunk
 * weighted by its trials).
 */
final class HeldOutScore {
    private HeldOutScore() {
    }

    /** The score of {@code path}'s current weights; null when the task has no held-out set. */
    static RunResult.HeldOut of(TrainingPath path, Task task, int chunk) {
        int size = task.heldOutSize();
        if (size == 0) {
            return null;
        }
        double loss = 0;
        double correct = 0;
        for (int from = 0; from < size; from += chunk) {
            int to = Math.min(size, from + chunk);
            TrialBatch batch = task.heldOut(from, to);
            CrossEntropy.Evaluation eval = CrossEntropy.evaluate(path.logits(batch), batch.batchSize(), batch.labels(),
                    task.outputSize(), task.lossOnAllSteps(), batch.decisionStep());
            loss += eval.loss() * (to - from);
            correct += eval.accuracy() * (to - from);
        }
        return new RunResult.HeldOut(size, loss / size, correct / size, task.description());
    }
}
