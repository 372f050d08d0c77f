/**
 * SONATA networks (nodes.h5 + node_types.csv + edges.h5 + edge_types.csv): the recurrent edge
 * population of one node population, summed into {@code W[target][source]} with a stated sign rule.
 */
package org.richlazy.ingest.sonata;
