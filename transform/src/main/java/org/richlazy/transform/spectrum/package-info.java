/**
 * What a matrix is, measured: its {@link org.richlazy.transform.spectrum.Spectrum} (singular values, complex
 * eigenvalues and effective ranks, docs/science.md#effective-ranks) from
 * {@link org.richlazy.transform.spectrum.SpectrumCalculator}, its connection structure
 * ({@link org.richlazy.transform.spectrum.StructureStatistics}, {@link org.richlazy.transform.spectrum.Degrees},
 * motifs per class pair in {@link org.richlazy.transform.spectrum.ClassMotifs}) and the dominant eigenvalue
 * predicted from that structure ({@link org.richlazy.transform.spectrum.OutlierPrediction}).
 */
package org.richlazy.transform.spectrum;
