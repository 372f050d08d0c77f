/** JMH benchmarks of the training step and the tangent kernel, built only with the {@code bench} profile. */
package org.richlazy.train.jmh;
