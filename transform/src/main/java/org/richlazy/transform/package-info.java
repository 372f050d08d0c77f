/**
 * Transform: a {@link org.richlazy.ingest.Connectome} or cell-type table to an
 * {@link org.richlazy.transform.InitSet}: the studied matrix and its random baselines, each
 * selected, signed and scaled the same way, with its {@link org.richlazy.transform.Spectrum}
 * (SPEC §6-7).
 */
package org.richlazy.transform;
