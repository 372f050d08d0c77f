/**
 * HDF5 inputs read with jhdf: dense datasets and sparse groups (CSR, CSC, AnnData, COO) by
 * {@link org.richlazy.ingest.hdf5.Hdf5MatrixReader}, pandas HDFStore connectivity (conntility)
 * by {@link org.richlazy.ingest.hdf5.PandasHdfStoreReader}, and {@link org.richlazy.ingest.hdf5.H5File},
 * the access layer that turns every jhdf failure into an {@link org.richlazy.ingest.IngestException}
 * naming the file and dataset.
 */
package org.richlazy.ingest.hdf5;
