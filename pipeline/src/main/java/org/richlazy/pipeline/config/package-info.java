/**
 * The experiment config: YAML in, an immutable {@link org.richlazy.pipeline.config.ExperimentConfig}
 * with every default resolved, and the same record written back to {@code <out>/experiment.yaml}.
 */
package org.richlazy.pipeline.config;
