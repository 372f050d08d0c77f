/**
 * Readers of the big published connectome releases: FlyWire FAFB
 * ({@link org.richlazy.ingest.release.FlyWireReader}), neuPrint exports of hemibrain and MANC
 * ({@link org.richlazy.ingest.release.NeuprintReader}), MICrONS minnie65 synapse tables
 * ({@link org.richlazy.ingest.release.MicronsReader}) and the larva connectome of Winding et al. 2023
 * ({@link org.richlazy.ingest.release.WindingReader}); {@link org.richlazy.ingest.release.ReleaseDetector}
 * tells a release by its files. The edge-table releases share
 * {@link org.richlazy.ingest.release.ReleaseReader}: node tables joined on the neuron id, neurons kept by
 * filter or id list, signs from each neuron's transmitter through the release's sign map, and edges summed
 * per pair in one streamed pass, so that the circuit is chosen on the sparse table before anything dense
 * exists; every drop and aggregation is recorded in the connectome's provenance.
 */
package org.richlazy.ingest.release;
