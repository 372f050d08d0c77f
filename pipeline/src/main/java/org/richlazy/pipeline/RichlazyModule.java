package org.richlazy.pipeline;

import com.google.inject.AbstractModule;
import org.richlazy.ingest.ReaderModule;
import org.richlazy.report.ReportModule;
import org.richlazy.train.task.TaskModule;
import org.richlazy.transform.baseline.BaselineModule;

/**
 * The composition root (docs/architecture.md#the-composition-root): one module per stage, each binding its registry,
 * one binding per entry. The command line ({@code cli/Main}), the Spark executors and the tests of the whole
 * pipeline make their injector from this module, so they share one set of registries. What one experiment
 * configures is not bound: {@link ExperimentRunner} hands each stage its part of the config.
 */
public final class RichlazyModule extends AbstractModule {
    @Override
    protected void configure() {
        install(new ReaderModule()); // ingest: the readers, in the order the format names are listed
        install(new BaselineModule()); // transform: the baseline of each kind
        install(new TaskModule()); // train: the tasks by name
        install(new ReportModule()); // report: the sections, in the order of the page
    }
}
