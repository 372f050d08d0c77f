/**
 * Ingest: lab connectivity files to a {@link org.richlazy.ingest.Connectome} whose matrix is
 * {@code W[post][pre]} (row = target neuron), or to a {@link org.richlazy.ingest.CellTypeTable}.
 *
 * <p>Every reader states the orientation of its format, transposes deliberately, and records in
 * {@link org.richlazy.ingest.Provenance} every aggregation or drop it makes. Bad input raises
 * {@link org.richlazy.ingest.IngestException} naming the file, the line or dataset, and what was
 * expected.
 */
package org.richlazy.ingest;
