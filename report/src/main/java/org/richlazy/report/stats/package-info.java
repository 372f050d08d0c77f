/**
 * Statistics over seeds for the report: mean, standard deviation, Student-t interval, percentile
 * bootstrap of a ratio or difference of means, the exact two-sided permutation test, and Spearman's
 * rank correlation with a seeded permutation p (the rank trend of a rank sweep).
 */
package org.richlazy.report.stats;
