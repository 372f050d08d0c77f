/**
 * Speed measurements behind {@code richlazy bench} (docs/performance.md#performance): training steps per second in
 * each precision and the seconds of one set of laziness measures, as a median over repeats after a warm-up.
 */
package org.richlazy.train.bench;
