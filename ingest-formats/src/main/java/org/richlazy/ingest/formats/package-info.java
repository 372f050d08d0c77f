/**
 * Optional columnar readers for ingest's {@link org.richlazy.ingest.table.TableFile}: Feather v2 / Arrow
 * IPC files through Apache Arrow Java ({@link org.richlazy.ingest.formats.ArrowIpcFormat}), Parquet through
 * parquet-floor ({@link org.richlazy.ingest.formats.ParquetFormat}), and the Parquet writer of the results tables
 * ({@link org.richlazy.ingest.formats.ParquetTableWriter}). Registered with
 * {@link java.util.ServiceLoader}; the launcher adds this module's jar for every command but {@code demo}.
 */
package org.richlazy.ingest.formats;
