/** Connectivity matrices laid out in spreadsheet sheets (Cook et al. 2019's SI 5 workbook). */
package org.richlazy.ingest.spreadsheet;
