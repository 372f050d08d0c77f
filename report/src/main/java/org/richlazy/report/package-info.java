/**
 * Report: a results folder to one self-contained {@code report.html} (or a Markdown summary) that
 * says which connectivity learned richer or lazier, by how much and how sure.
 *
 * <p>Two layers. {@link org.richlazy.report.ResultsLoader} reads a results folder through the stage
 * contracts only ({@code InitStore}, {@code RunStore}, the text of {@code experiment.yaml}) into a
 * {@link org.richlazy.report.ReportData}. Everything else works on that record in memory: the
 * statistics over seeds ({@link org.richlazy.report.stats}), the per-task comparison of the studied
 * init with each baseline and its sentence ({@link org.richlazy.report.Comparison},
 * {@link org.richlazy.report.Verdicts}), and the page ({@link org.richlazy.report.HtmlReport}: inline
 * CSS and hand-written SVG, every input string escaped, no script, no external request).
 * When the inits form a rank sweep, {@code RankSweep} adds the trend of each final
 * value with rank. {@code MarkdownSummary} shows the same findings as GitHub Markdown
 * for documents, from the same {@code Table}s and number formats. Both follow one ordered list of
 * sections, bound by {@link org.richlazy.report.ReportModule}: each {@code Section} gives its HTML form, its
 * Markdown form or both.
 * {@link org.richlazy.report.Report} ties the two layers and writes the file atomically; the same folder
 * gives the same bytes (no clock, fixed seeds, ordered maps, Locale.ROOT).
 */
package org.richlazy.report;
