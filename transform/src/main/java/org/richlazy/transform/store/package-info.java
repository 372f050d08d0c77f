/**
 * The {@code inits/} folder of a results directory on disk: {@link org.richlazy.transform.store.InitStore}
 * writes each init as HDF5 with its recipe and spectrum, the one-row-per-init {@code summary.csv} and
 * {@code neurons.csv}, and reads them back (a summary row as an
 * {@link org.richlazy.transform.store.InitSummary}); {@link org.richlazy.transform.store.Json} writes the JSON cells
 * those files hold.
 */
package org.richlazy.transform.store;
