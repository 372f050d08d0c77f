/**
 * The optional {@code spark} sweep engine: the pending runs of a sweep as Apache Spark tasks, one task
 * per run, on {@code local[N]} or any cluster whose executors see the results folder. Spark is a
 * provided dependency: it comes from the cluster (spark-submit) or from the launcher's classpath.
 */
package org.richlazy.spark;
