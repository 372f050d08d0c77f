package org.richlazy.spark;

import java.io.Serializable;

/**
 * What a Spark task is told of its run: the init's name (its weights are {@code <out>/inits/<init>.h5}),
 * the task name and the seed.
 *
 * @param init the init's name
 * @param task the task name
 * @param seed the run seed
 */
record RunCoordinates(String init, String task, long seed) implements Serializable {
}
