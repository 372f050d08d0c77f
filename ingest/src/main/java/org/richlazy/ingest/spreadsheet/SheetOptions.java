package org.richlazy.ingest.spreadsheet;

import org.richlazy.ingest.Orientation;

/**
 * The options of format {@code xlsx-matrix} (docs/formats.md#spreadsheets-xlsx-matrix-and-edge-lists-in-xlsx); every
 * component nullable, null meaning the default.
 *
 * @param sheet       the sheet to read; null = the only (or first matrix) sheet
 * @param orientation matrix orientation, default {@code rows-pre} (docs/formats.md#options-ingestoptions)
 * @param weightUnit  a unit that replaces the recorded {@code unspecified (as given)}
 */
public record SheetOptions(String sheet, Orientation orientation, String weightUnit) {
}
