/**
 * Tables of named columns read row by row, whatever their file type: delimited text (plain or
 * gzip) here, Feather / Arrow IPC and Parquet through a {@link org.richlazy.ingest.table.ColumnarFormat},
 * spreadsheets through a {@link org.richlazy.ingest.table.SpreadsheetFormat}, both found with
 * {@link java.util.ServiceLoader} (the optional {@code ingest-formats} module). The
 * release readers ({@code org.richlazy.ingest.release}) read their edge and node tables through
 * {@link org.richlazy.ingest.table.TableFile}, so each reads every file type the same way. One table is written:
 * the results folder's Parquet copy, a {@link org.richlazy.ingest.table.TypedTable} through the installed
 * {@link org.richlazy.ingest.table.ColumnarWriter}.
 */
package org.richlazy.ingest.table;
