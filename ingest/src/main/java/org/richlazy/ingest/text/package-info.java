/**
 * Line-exact reading of delimited text (comma, tab or whitespace; quoted cells; UTF-8 BOM;
 * CRLF; {@code #} comments) and number parsing with errors that name file, line and column.
 * Shared by every text-based reader.
 */
package org.richlazy.ingest.text;
