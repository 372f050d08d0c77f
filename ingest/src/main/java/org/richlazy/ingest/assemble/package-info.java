/**
 * Building blocks every neuron-level reader shares: mapping neuron names to matrix indices,
 * summing edges into {@code W[post][pre]} while counting duplicates, and reading label files.
 */
package org.richlazy.ingest.assemble;
