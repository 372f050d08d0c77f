/**
 * The composition root: the experiment config, one Guice module per stage, the sweep runner
 * and the picocli commands. The only module that knows every stage and the only one that
 * touches Guice's {@code Injector}.
 */
package org.richlazy.pipeline;
