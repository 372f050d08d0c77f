/**
 * Statistics over seeds for the report: mean, standard deviation, Student-t interval, percentile
 * bootstrap of a ratio or difference of means, and the exact two-sided permutation test.
 */
package org.richlazy.report.stats;
