/**
 * Connectomes as delimited text: dense matrices ({@link org.richlazy.ingest.csv.DenseMatrixReader})
 * and edge lists ({@link org.richlazy.ingest.csv.EdgeListReader}). Both read row = presynaptic
 * by default and transpose into {@code W[post][pre]}.
 */
package org.richlazy.ingest.csv;
