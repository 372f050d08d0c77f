/**
 * The composition root: {@link org.richlazy.pipeline.RichlazyModule} installs each stage's Guice module;
 * {@link org.richlazy.pipeline.ExperimentRunner} hands the stages an experiment's config; the config, the sweep
 * runner and the picocli commands. The only module that knows every stage.
 */
package org.richlazy.pipeline;
