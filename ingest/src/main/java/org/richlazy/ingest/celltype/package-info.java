/**
 * Cell-type tables: the simple hand-written layout ({@code classes.csv} + {@code pairs.csv},
 * see {@code docs/formats.md}), the Allen V1 layout, and the built-in mouse V1 L2/3 preset.
 * Every table is stored {@code [post][pre]}; the files are one row per (pre, post) pair or
 * pre-by-post matrices, and the readers transpose deliberately.
 */
package org.richlazy.ingest.celltype;
